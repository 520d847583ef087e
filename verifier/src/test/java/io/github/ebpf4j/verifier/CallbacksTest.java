package io.github.ebpf4j.verifier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ebpf4j.elf.BpfObject;
import io.github.ebpf4j.elf.BpfProgram;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * bpf_loop() and bpf_for_each_map_elem() callbacks: every program of testdata/obj/callbacks.o
 * (from testdata/src/callbacks.c) gets the kernel's verdict as testdata/obj/callbacks.kernel.txt
 * records it ({@code kernel-oracle elf callbacks.o}: libbpf and the Linux 6.18 verifier): for an
 * accepted program the same number of processed instructions, for a rejected one the same
 * instruction and message.
 */
class CallbacksTest {
    /** "ACCEPT loop_const (xdp): 56 insns processed, 236 us" or "REJECT p (xdp): insn 9: message". */
    private static final Pattern ACCEPT = Pattern.compile("ACCEPT (\\S+) \\([^)]*\\): (\\d+) insns processed.*");
    private static final Pattern REJECT = Pattern.compile("REJECT (\\S+) \\([^)]*\\): insn (-?\\d+|None): (.*)");

    private static Path obj() {
        return Path.of(System.getProperty("ebpf4j.root", ".."), "testdata", "obj");
    }

    /** @return per program: "accept N" or "reject at I: message", from the kernel's file */
    private static Map<String, String> kernel(String object) throws IOException {
        Map<String, String> out = new LinkedHashMap<>();
        for (String l : Files.readAllLines(obj().resolve(object + ".kernel.txt"))) {
            Matcher a = ACCEPT.matcher(l);
            Matcher r = REJECT.matcher(l);
            if (a.matches()) out.put(a.group(1), "accept " + a.group(2));
            else if (r.matches()) {
                // "None": a rejection after the walk, at no instruction (the stack-depth check)
                String insn = r.group(2).equals("None") ? "-1" : r.group(2);
                out.put(r.group(1), "reject at " + insn + ": " + r.group(3));
            }
        }
        return out;
    }

    @Test
    void everyProgramGetsTheKernelsVerdictInstructionMessageAndCount() throws IOException {
        List<String> diffs = compare("callbacks");
        assertTrue(diffs.isEmpty(), String.join("\n", diffs));
    }

    /**
     * The level-1 log of each rejection is the kernel's (testdata/obj/callbacks.kernel.json:
     * {@code kernel-oracle elf callbacks.o --json}): the path to the failure through the callback
     * frames, with the caller/callee states the kernel prints on each return.
     */
    @Test
    void rejectionLogsAreTheKernels() throws IOException {
        Map<String, String> json = KernelLogs.programs(obj().resolve("callbacks.kernel.json"));
        BpfObject object = BpfObject.load(obj().resolve("callbacks.o"));
        List<String> diffs = new ArrayList<>();
        int compared = 0;
        for (BpfProgram p : object.programs()) {
            if (!KernelLogs.stringField(json.get(p.name()), "verdict").equals("reject")) continue;
            compared++;
            String theirs = KernelLogs.normalise(KernelLogs.stringField(json.get(p.name()), "log"));
            String ours = KernelLogs.normalise(
                    Verifier.verify(p.instructions(), ObjectProtos.options(object, p).withLogLevel(1)).log());
            if (!theirs.equals(ours)) diffs.add(p.name() + ":\n--- kernel\n" + theirs + "--- ebpf4j\n" + ours);
        }
        assertEquals(15, compared, "rejected programs in callbacks.kernel.json");
        assertTrue(diffs.isEmpty(), String.join("\n", diffs));
    }

    /** loops.o's loop_xdp (testdata/src/loops.c) calls bpf_loop() too; the kernel: 252 insns. */
    @Test
    void theLoopsObjectToo() throws IOException {
        List<String> diffs = compare("loops");
        assertTrue(diffs.isEmpty(), String.join("\n", diffs));
    }

    private static List<String> compare(String name) throws IOException {
        Map<String, String> kernel = kernel(name);
        BpfObject object = BpfObject.load(obj().resolve(name + ".o"));
        assertEquals(kernel.keySet().stream().sorted().toList(),
                object.programs().stream().map(BpfProgram::name).sorted().toList(), "programs of " + name + ".o");
        List<String> diffs = new ArrayList<>();
        for (BpfProgram p : object.programs()) {
            VerificationResult r = Verifier.verify(p.instructions(), ObjectProtos.options(object, p).withLogLevel(0));
            String ours = r.accepted() ? "accept " + r.insnsProcessed() : "reject at " + r.insn() + ": " + r.message();
            String theirs = kernel.get(p.name());
            if (!ours.equals(theirs)) {
                String log = Verifier.verify(p.instructions(), ObjectProtos.options(object, p).withLogLevel(2)).log();
                String[] lines = log.split("\n");
                String tail = String.join("\n", java.util.Arrays.copyOfRange(lines, Math.max(0, lines.length - 60), lines.length));
                diffs.add(p.name() + ": kernel " + theirs + ", ebpf4j " + ours + "\n" + tail);
            }
        }
        return diffs;
    }

    @Test
    void aRawProgramWithoutFuncInfoCannotTakeACallbacksAddress() {
        // r2 = <callback at insn 4> ll; r0 = 0; exit; callback: r0 = 0; exit. Without BTF the kernel's
        // check_ld_imm() cannot tell that the callback is static. kernel-oracle verify --type xdp on
        // these bytes: "0: (18) r2 = 0x3 / missing btf func_info / processed 1 insns"
        io.github.ebpf4j.vm.isa.Program p = io.github.ebpf4j.vm.isa.Program.of(new long[] {
            word(0x18, 2, 4, 0, 3), 0, word(0xb7, 0, 0, 0, 0), word(0x95, 0, 0, 0, 0),
            word(0xb7, 0, 0, 0, 0), word(0x95, 0, 0, 0, 0)});
        VerificationResult r = Verifier.verify(p, VerifierOptions.of(io.github.ebpf4j.vm.prog.ProgramType.XDP));
        assertEquals(Messages.MISSING_FUNC_INFO, r.message());
        assertEquals(0, r.insn());
        assertEquals(1, r.insnsProcessed());
    }

    private static long word(int opcode, int dst, int src, int off, int imm) {
        return (opcode & 0xffL) | (long) (dst | src << 4) << 8 | (off & 0xffffL) << 16 | (imm & 0xffffffffL) << 32;
    }
}
