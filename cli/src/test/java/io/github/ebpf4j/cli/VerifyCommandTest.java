package io.github.ebpf4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * {@code ebpf4j verify} on corpus programs whose kernel verdicts are recorded in
 * testdata/verifier/corpus/expected.tsv (kernel-oracle verify, Linux 6.18).
 */
class VerifyCommandTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cl = Ebpf4j.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return cl.execute(args);
    }

    private static String corpus(String file) {
        return Path.of(System.getProperty("ebpf4j.root", ".."), "testdata", "verifier", "corpus", file).toString();
    }

    @Test
    void acceptedProgramExitsZero() {
        // expected.tsv: map_lookup_check_hash xdp hash:4:8:16 accept
        assertEquals(0, run("verify", "--type", "xdp", "--map", "hash:4:8:16", corpus("map_lookup_check_hash.hex")),
                err.toString());
        assertTrue(out.toString().contains("accepted"), out.toString());
    }

    @Test
    void rejectedProgramNamesInsnAndKernelMessage() {
        // expected.tsv: map_lookup_nocheck_hash reject at 6: R0 invalid mem access 'map_value_or_null'
        assertEquals(1, run("verify", "--type", "xdp", "--map", "hash:4:8:16", corpus("map_lookup_nocheck_hash.s")));
        assertTrue(out.toString().contains("rejected at insn 6: R0 invalid mem access 'map_value_or_null'"),
                out.toString());
    }

    @Test
    void timeLimitIsReportedAsEbpf4jsOwnLimit() {
        // the kernel rejects cfg_loop_unbounded only after 1,000,001 insns (corpus/expected.tsv)
        assertEquals(1, run("verify", "--type", "xdp", "--time-limit", "1", corpus("cfg_loop_unbounded.hex")));
        assertTrue(out.toString().contains("verification time limit of 1 ms exceeded"), out.toString());
        assertEquals(2, run("verify", "--type", "xdp", "--time-limit", "-5", corpus("cfg_loop_unbounded.hex")));
    }

    @Test
    void logShowsTheKernelStyleTrace() {
        assertEquals(1, run("verify", "--type", "xdp", "--log", corpus("reg_uninit_r3.hex")));
        assertTrue(out.toString().contains("0: (bf) r0 = r3\nR3 !read_ok\n"), out.toString());
    }

    @Test
    void strictLoopsRejectsBackEdges() {
        assertEquals(0, run("verify", "--type", "xdp", corpus("cfg_loop_bounded.hex")), out.toString());
        assertEquals(1, run("verify", "--type", "xdp", "--strict-loops", corpus("cfg_loop_bounded.hex")));
        assertTrue(out.toString().contains("back-edge from insn 3 to 2"), out.toString());
    }

    @Test
    void jsonRecord() {
        assertEquals(1, run("verify", "--type", "xdp", "--format", "json", corpus("reg_uninit_r3.hex")));
        assertTrue(out.toString().contains("\"verdict\":\"reject\",\"error\":{\"insn\":0,\"message\":\"R3 !read_ok\""),
                out.toString());
    }

    @Test
    void elfObjectEveryProgram() {
        // testdata/obj/map_in_map.kernel.txt: ACCEPT stage_two 12 insns processed, stage_one 29
        String obj = Path.of(System.getProperty("ebpf4j.root", ".."), "testdata", "obj", "map_in_map.o").toString();
        assertEquals(0, run("verify", obj), out.toString());
        assertTrue(out.toString().contains("stage_two (xdp): accepted, 12 insns processed"), out.toString());
        assertTrue(out.toString().contains("stage_one (xdp): accepted, 29 insns processed"), out.toString());
    }

    /**
     * Global functions are verified once from their BTF prototype, as the kernel does
     * (testdata/obj/global_funcs.kernel.txt, kernel-oracle elf): gf_many_calls calls a 3000-step
     * loop 100 times and is accepted after 21210 instructions; gf_tc_oob is rejected inside
     * gf_oob although its caller passes enough bytes.
     */
    @Test
    void globalFunctionsAreVerifiedFromTheirPrototype() {
        String obj = Path.of(System.getProperty("ebpf4j.root", ".."), "testdata", "obj", "global_funcs.o").toString();
        assertEquals(0, run("verify", obj, "--program", "gf_many_calls"), out.toString());
        assertTrue(out.toString().contains("gf_many_calls (xdp): accepted, 21210 insns processed"), out.toString());
        assertEquals(1, run("verify", obj, "--program", "gf_tc_oob"), out.toString());
        assertTrue(out.toString().contains("gf_tc_oob (tc): rejected at insn 9: R1 min value is outside of the allowed "
                + "memory range"), out.toString());
    }

    /**
     * Objects whose programs make bpf-to-bpf calls: the kernel accepts every program
     * (testdata/obj/xdp_firewall.kernel.txt, tc_globals.kernel.txt, loops.kernel.txt, from
     * kernel-oracle elf). The processed counts are not compared: without state pruning ebpf4j
     * walks more instructions (e.g. 207 against the kernel's 141 for xdp_firewall).
     */
    @Test
    void objectsWithBpfToBpfCallsVerify() {
        for (String o : new String[] {"xdp_firewall.o", "tc_globals.o"}) {
            String obj = Path.of(System.getProperty("ebpf4j.root", ".."), "testdata", "obj", o).toString();
            assertEquals(0, run("verify", obj), o + ": " + out);
        }
        String s = out.toString();
        for (String p : new String[] {"xdp_firewall (xdp): accepted", "xdp_count_only (xdp): accepted",
            "tc_ingress (tc): accepted", "tc_egress (tcx/egress): accepted"}) {
            assertTrue(s.contains(p), s);
        }
        String loops = Path.of(System.getProperty("ebpf4j.root", ".."), "testdata", "obj", "loops.o").toString();
        run("verify", loops);
        assertTrue(out.toString().contains("loop_tc (tc): accepted"), out.toString());
    }

    @Test
    void unreadableInputExitsTwo() {
        assertEquals(2, run("verify", "--type", "xdp", corpus("no-such-file.hex")));
        assertEquals(2, run("verify", corpus("reg_uninit_r3.hex")));
        assertTrue(err.toString().contains("need --type"), err.toString());
    }

    @Test
    void sarifPointsAtTheCSourceLine() {
        // testdata/testkit/obj/unchecked_packet.kernel.txt: the kernel rejects at insn 1 with
        // "R1 offset is outside of the packet"; BTF line info maps insn 1 to src/unchecked_packet.c:17
        String obj = Path.of(System.getProperty("ebpf4j.root", ".."), "testdata", "testkit", "obj",
                "unchecked_packet.o").toString();
        assertEquals(1, run("verify", "--format", "sarif", obj), err.toString());
        String s = out.toString();
        assertTrue(s.startsWith("{\"$schema\":\"https://json.schemastore.org/sarif-2.1.0.json\",\"version\":\"2.1.0\""), s);
        assertTrue(s.contains("\"ruleId\":\"bpf-verifier-reject\",\"level\":\"error\""), s);
        assertTrue(s.contains("rejected at insn 1: R1 offset is outside of the packet"), s);
        assertTrue(s.contains("\"uri\":\"src/unchecked_packet.c\"},\"region\":{\"startLine\":17"), s);
    }

    @Test
    void sarifOfAcceptedObjectHasNoResults() {
        String obj = Path.of(System.getProperty("ebpf4j.root", ".."), "testdata", "obj", "map_in_map.o").toString();
        assertEquals(0, run("verify", "--format", "sarif", obj), err.toString());
        assertTrue(out.toString().contains("\"results\":[]"), out.toString());
        assertEquals(2, run("verify", "--format", "xml", obj));
    }
}
