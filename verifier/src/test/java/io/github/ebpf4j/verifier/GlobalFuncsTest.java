package io.github.ebpf4j.verifier;

import io.github.ebpf4j.vm.prog.SubprogProto;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ebpf4j.elf.BpfObject;
import io.github.ebpf4j.elf.BpfProgram;
import io.github.ebpf4j.vm.prog.ProgramType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Global functions verified as the kernel does (once, from their BTF prototype), against
 * testdata/obj/global_funcs.o (testdata/src/global_funcs.c, built by testdata/build.sh) and the
 * Linux 6.18 verifier's answers recorded by testdata/facts.sh: global_funcs.kernel.txt
 * ({@code kernel-oracle elf global_funcs.o}: verdict, failing instruction, last log line,
 * processed instructions) and global_funcs.kernel.json ({@code kernel-oracle elf global_funcs.o
 * --json}: the level-1 log of each rejection).
 */
class GlobalFuncsTest {
    /**
     * "ACCEPT gf_xdp_ok (xdp): 47 insns processed, 801 us" or "REJECT p (xdp): insn 8: message"
     * ("insn None" when the message names no instruction, as check_max_stack_depth()'s).
     */
    private static final Pattern LINE = Pattern.compile("(ACCEPT|REJECT) (\\S+) \\([^)]*\\): (?:(\\d+) insns processed.*|insn (\\d+|None): (.*))");

    private record Kernel(boolean accepted, int processed, int insn, String message) {}

    private static BpfObject object;
    private static Map<String, Kernel> kernel;

    private static Path obj() {
        return Path.of(System.getProperty("ebpf4j.root", ".."), "testdata", "obj");
    }

    @BeforeAll
    static void load() throws IOException {
        object = BpfObject.load(obj().resolve("global_funcs.o"));
        kernel = new LinkedHashMap<>();
        for (String l : Files.readAllLines(obj().resolve("global_funcs.kernel.txt"))) {
            Matcher m = LINE.matcher(l);
            if (!m.matches()) continue;
            boolean ok = m.group(1).equals("ACCEPT");
            kernel.put(m.group(2), ok ? new Kernel(true, Integer.parseInt(m.group(3)), -1, "")
                    : new Kernel(false, -1, m.group(4).equals("None") ? -1 : Integer.parseInt(m.group(4)), m.group(5)));
        }
        assertEquals(26, kernel.size(), "programs in global_funcs.kernel.txt");
    }

    private static BpfProgram program(String name) {
        return object.program(name).orElseThrow();
    }

    private static VerificationResult verify(String name, int logLevel) {
        BpfProgram p = program(name);
        return Verifier.verify(p.instructions(), ObjectProtos.options(object, p).withLogLevel(logLevel));
    }

    @Test
    void everyProgramGetsTheKernelsVerdictInsnMessageAndCount() {
        List<String> wrong = new ArrayList<>();
        for (Map.Entry<String, Kernel> e : kernel.entrySet()) {
            Kernel k = e.getValue();
            VerificationResult r = verify(e.getKey(), 0);
            String ours = r.accepted() ? "ACCEPT " + r.insnsProcessed()
                    : "REJECT insn " + r.insn() + ": " + r.message();
            String theirs = k.accepted() ? "ACCEPT " + k.processed() : "REJECT insn " + k.insn() + ": " + k.message();
            if (!ours.equals(theirs)) wrong.add(e.getKey() + ": kernel " + theirs + ", ebpf4j " + ours);
        }
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
    }

    @Test
    void rejectionsProcessAsManyInstructionsAsTheKernel() throws IOException {
        // kernel-oracle's text output gives no count for rejections; its JSON does
        Map<String, String> json = KernelLogs.programs(obj().resolve("global_funcs.kernel.json"));
        for (String name : kernel.keySet()) {
            if (kernel.get(name).accepted()) continue;
            int processed = Integer.parseInt(field(json.get(name), "insns_processed"));
            assertEquals(processed, verify(name, 0).insnsProcessed(), name + ": processed instructions");
        }
    }

    @Test
    void rejectionLogsAreTheKernels() throws IOException {
        Map<String, String> json = KernelLogs.programs(obj().resolve("global_funcs.kernel.json"));
        for (String name : kernel.keySet()) {
            if (kernel.get(name).accepted()) continue;
            String theirs = KernelLogs.normalise(KernelLogs.stringField(json.get(name), "log"));
            String ours = KernelLogs.normalise(verify(name, 1).log());
            assertEquals(theirs, ours, name + ": level-1 log");
        }
    }

    /**
     * gf_many_calls calls gf_mix 100 times; gf_mix loops 3000 times. Verified once (21210
     * instructions, as the kernel) it is accepted; walked at every call as a static function it
     * passes the 1,000,000-instruction limit.
     */
    @Test
    void manyCallsAreAcceptedOnlyBecauseTheGlobalFunctionIsVerifiedOnce() {
        assertEquals(21210, verify("gf_many_calls", 0).insnsProcessed());
        BpfProgram p = program("gf_many_calls");
        // without prototypes every function is static; a 100,000 limit keeps the test fast: one
        // static walk of gf_mix alone is ~21,000 instructions, 100 of them ~2,100,000
        VerificationResult asStatic = Verifier.verify(p.instructions(),
                ObjectProtos.options(object, p).withSubprogs(List.of()).withLogLevel(0).withInsnLimit(100_000));
        assertFalse(asStatic.accepted());
        assertTrue(asStatic.message().startsWith("BPF program is too large"), asStatic.message());
    }

    /** gf_oob reads byte 3 of a __u8 *: its callers pass 8 bytes, but its prototype promises 1. */
    @Test
    void theCalleeIsJudgedByItsPrototypeNotByItsCallers() {
        BpfProgram p = program("gf_tc_oob");
        VerificationResult asStatic = Verifier.verify(p.instructions(),
                ObjectProtos.options(object, p).withSubprogs(List.of()).withLogLevel(0));
        assertTrue(asStatic.accepted(), "walked in its caller's context it reads within the caller's 8 bytes");
        VerificationResult global = verify("gf_tc_oob", 0);
        assertEquals(List.of("invalid access to memory, mem_size=1 off=3 size=1",
                "R1 min value is outside of the allowed memory range"), global.messages());
    }

    /** check_func_call() and do_check_subprogs() log lines, at log level 2 (BPF_LOG_LEVEL). */
    @Test
    void levelTwoLogNamesTheGlobalFunctions() {
        String log = verify("gf_xdp_ok", 2).log();
        assertTrue(log.contains("Func#1 ('gf_len') is global and assumed valid.\n"), log);
        assertTrue(log.contains("Validating gf_fill() func#3...\n"), log);
        assertTrue(log.contains("Func#3 ('gf_fill') is safe for any args that match its prototype\n"), log);
        // at level 1 each walk that ends well drops the whole log (do_check_common(): bpf_vlog_reset(log, 0)),
        // so only the line written after the last one stays, as in gf_second_bad's kernel log
        String one = verify("gf_xdp_ok", 1).log();
        assertEquals("Func#3 ('gf_fill') is safe for any args that match its prototype\n",
                one.substring(0, one.indexOf("processed")));
    }

    /** The global function calling another one: the inner one is verified in a later pass. */
    @Test
    void globalFunctionsCalledOnlyFromGlobalFunctionsAreVerifiedToo() {
        String log = verify("gf_chain", 2).log();
        assertTrue(log.indexOf("Validating gf_outer() func#1...") < log.indexOf("Validating gf_inner() func#2..."), log);
        assertTrue(log.contains("Func#2 ('gf_inner') is global and assumed valid."), log);
        // the state counters after "processed 21 insns" are not compared: kernel-oracle's ELF mode
        // records no statistics line for accepted programs
        assertTrue(log.matches("(?s).*Func#2 \\('gf_inner'\\) is safe for any args that match its prototype\n"
                + "processed 21 insns \\(limit 1000000\\) max_states_per_insn \\d+ total_states \\d+ peak_states \\d+ mark_read 0\n"), log);
    }

    /** btf_prepare_func_args() messages (kernel/bpf/btf.c, Linux 6.18) the object does not reach. */
    @Test
    void prototypesTheKernelCannotUse() {
        SubprogProto.Arg i = new SubprogProto.Arg("INT", "", "", -1, Set.of());
        SubprogProto.Arg ptr = new SubprogProto.Arg("PTR", "STRUCT", "pair", 8, Set.of());
        assertEquals("Global function f() with 6 > 5 args. Buggy compiler.",
                prepare(List.of(i, i, i, i, i, i), "INT").error());
        assertEquals("Arg#0 type FLOAT in f() is not supported yet.",
                prepare(List.of(new SubprogProto.Arg("FLOAT", "", "", -1, Set.of())), "INT").error());
        assertEquals("arg#0 has pointer tag, but is not a pointer type",
                prepare(List.of(new SubprogProto.Arg("INT", "", "", -1, Set.of("nonnull"))), "INT").error());
        assertEquals("arg#1 has unsupported set of tags",
                prepare(List.of(ptr, new SubprogProto.Arg("PTR", "INT", "int", 4, Set.of("bogus"))), "INT").error());
        assertEquals("arg#0 has invalid combination of tags",
                prepare(List.of(new SubprogProto.Arg("PTR", "UNKNOWN", "", -1, Set.of("ctx", "nonnull"))), "INT").error());
        SubprogArgs ok = prepare(List.of(new SubprogProto.Arg("PTR", "UNKNOWN", "", -1, Set.of("ctx")), ptr, i), "ENUM");
        assertEquals(List.of(new SubprogArgs.ArgSpec(SubprogArgs.Kind.CTX, 0, false),
                new SubprogArgs.ArgSpec(SubprogArgs.Kind.MEM, 8, true),
                new SubprogArgs.ArgSpec(SubprogArgs.Kind.SCALAR, 0, false)), ok.args());
        // btf_validate_prog_ctx_type(): an arg:ctx pointer must fit the program type
        SubprogProto.Arg taggedXdp = new SubprogProto.Arg("PTR", "STRUCT", "xdp_md", 24, Set.of("ctx"));
        assertEquals("arg#0 should be `struct __sk_buff *`", SubprogArgs.prepare(new SubprogProto(1, "f", true,
                List.of(taggedXdp), "INT"), ProgramType.SOCKET_FILTER).error());
        assertEquals("arg#0 should be void pointer", SubprogArgs.prepare(new SubprogProto(1, "f", true,
                List.of(taggedXdp), "INT"), ProgramType.TRACING).error());
        assertEquals(null, SubprogArgs.prepare(new SubprogProto(1, "f", true,
                List.of(taggedXdp), "INT"), ProgramType.TRACEPOINT).error());
        // struct sk_buff * is a TC program's context too (btf_is_projection_of())
        assertEquals(SubprogArgs.Kind.CTX, SubprogArgs.prepare(new SubprogProto(1, "f", true,
                List.of(new SubprogProto.Arg("PTR", "STRUCT", "sk_buff", 232, Set.of())), "INT"), ProgramType.SCHED_CLS)
                .args().get(0).kind());
    }

    private static SubprogArgs prepare(List<SubprogProto.Arg> args, String ret) {
        return SubprogArgs.prepare(new SubprogProto(1, "f", true, args, ret), ProgramType.XDP);
    }

    // ---------------------------------------------------------------- the kernel's log

    private static String field(String object, String name) {
        Matcher m = Pattern.compile("\"" + name + "\": (\\d+)").matcher(object);
        assertTrue(m.find(), name + " in " + object);
        return m.group(1);
    }
}
