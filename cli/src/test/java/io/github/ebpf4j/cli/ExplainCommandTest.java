package io.github.ebpf4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ebpf4j verify --explain} on testdata/obj/unsafe_access.o (testdata/src/unsafe_access.c),
 * whose five programs the kernel rejects: testdata/obj/unsafe_access.kernel.txt, recorded with
 * {@code kernel-oracle elf unsafe_access.o}. Source lines are those of the C file (BTF line info;
 * testdata/obj/unsafe_access.source.txt is llvm-objdump-19's view of the same). Every
 * counterexample is replayed with the command line the explanation prints, in a fresh CLI.
 */
class ExplainCommandTest extends CliTestBase {
    private static final String OBJ = testdataPath("obj", "unsafe_access.o").toString();
    private static final Pattern REPLAY = Pattern.compile("replay: ebpf4j (run .*)");

    /** Our verdicts are the kernel's, so the explanations are about the kernel's rejections. */
    @Test
    void rejectionsAreTheKernels() throws IOException {
        List<String> facts = Files.readAllLines(testdataPath("obj", "unsafe_access.kernel.txt"));
        assertEquals(1, run("verify", OBJ), err.toString());
        int n = 0;
        for (String l : facts) {
            Matcher m = Pattern.compile("REJECT (\\w+) \\(([\\w/]+)\\): insn (\\d+): (.*)").matcher(l);
            if (!m.matches()) continue;
            n++;
            String ours = m.group(1) + " (" + m.group(2) + "): rejected at insn " + m.group(3) + ": " + m.group(4);
            assertTrue(out.toString().contains(ours), ours + "\n" + out);
        }
        assertEquals(5, n);
    }

    @Test
    void ipv4HeaderReadWithoutBoundsCheck() {
        assertEquals(1, run("verify", "--explain", "--program", "xdp_ipv4_unchecked", OBJ), err.toString());
        String s = out.toString();
        assertTrue(s.contains("rejected at insn 11: R1 offset is outside of the packet"), s);
        assertTrue(s.contains("source: ./src/unsafe_access.c:35: if (ip->daddr == bpf_htonl(0x0a000001))"), s);
        // the packet pointer R1 is ctx->data, read at insn 2 on line 26
        assertTrue(s.contains("R1 was produced by:\n    insn 2 (r1 = *(u32 *)(r1 + 0x0)) at ./src/unsafe_access.c:26: "
                + "void *data = (void *)(long)ctx->data;"), s);
        // the shortest XDP test-run packet (14 bytes) with the IPv4 EtherType: daddr is bytes 30-33
        assertTrue(s.contains("counterexample: this 14-byte packet reaches the 4-byte read at offset 30 "
                + "(insn 11, packet ends at 14)"), s);
        assertReplayFaults(s, "pc 11 (", "out of bounds load of 4 bytes at pkt+30 (pkt has 14 bytes)");
    }

    @Test
    void tcpPortReadAtAVariableOffset() {
        assertEquals(1, run("verify", "--explain", "--program", "tc_tcp_port_unchecked", OBJ), err.toString());
        String s = out.toString();
        assertTrue(s.contains("rejected at insn 18: R2 offset is outside of the packet"), s);
        assertTrue(s.contains("source: ./src/unsafe_access.c:56: if (tcp->dest == bpf_htons(23))"), s);
        // R2 = skb->data (line 45) + 14 (line 52) + the IHL (line 54) * 4 (line 55)
        for (String line : new String[] {"unsafe_access.c:45: void *data", "unsafe_access.c:54: __u32 hlen",
            "unsafe_access.c:55: struct tcphdr *tcp"}) {
            assertTrue(s.contains(line), line + "\n" + s);
        }
        // a TC test run needs the whole IPv4 header (34 bytes); the port is at 34 + 2
        assertTrue(s.contains("counterexample: this 34-byte packet reaches the 2-byte read at offset 36 "
                + "(insn 18, packet ends at 34)"), s);
        assertReplayFaults(s, "pc 18 (", "out of bounds load of 2 bytes at pkt+36");
    }

    @Test
    void mapValueUsedWithoutNullCheck() {
        assertEquals(1, run("verify", "--explain", "--program", "xdp_lookup_unchecked", OBJ), err.toString());
        String s = out.toString();
        assertTrue(s.contains("rejected at insn 7: R0 invalid mem access 'map_value_or_null'"), s);
        assertTrue(s.contains("insn 6 (call 0x1) at ./src/unsafe_access.c:66: __u64 *count = "
                + "bpf_map_lookup_elem(&counters, &key);"), s);
        // the map starts empty, so the lookup returns NULL for any packet
        assertTrue(s.contains("counterexample: this 14-byte packet reaches the 8-byte read through a NULL pointer "
                + "(insn 7)"), s);
        assertReplayFaults(s, "pc 7 (", "null pointer: load of 8 bytes");
    }

    @Test
    void noCounterexampleIsSaidPlainly() {
        // the unsafe read happens only after a 4-byte magic number: no template has it, random bytes
        // almost never do
        assertEquals(1, run("verify", "--explain", "--explain-runs", "300", "--program", "xdp_magic_unchecked", OBJ));
        String s = out.toString();
        assertTrue(s.contains("rejected at insn 17: R1 offset is outside of the packet"), s);
        assertTrue(s.contains("  no counterexample found in 300 runs\n"), s);
        assertFalse(s.contains("replay:"), s);
    }

    @Test
    void aRunBudgetBelowOneIsAnInputError() {
        assertEquals(2, run("verify", "--explain", "--explain-runs", "0", OBJ));
        assertTrue(err.toString().contains("--explain-runs must be at least 1, not 0"), err.toString());
    }

    @Test
    void withoutExplainThereIsNoSearch() {
        assertEquals(1, run("verify", "--program", "xdp_ipv4_unchecked", OBJ));
        assertTrue(out.toString().contains("R1 was produced by:"), out.toString());
        assertFalse(out.toString().contains("counterexample"), out.toString());
    }

    @Test
    void jsonCarriesProducersAndCounterexample() {
        assertEquals(1, run("verify", "--explain", "--format", "json", "--program", "xdp_ipv4_unchecked", OBJ));
        String s = out.toString();
        assertTrue(s.contains("\"register\":\"R1\",\"producers\":[{\"insn\":2,\"text\":\"r1 = *(u32 *)(r1 + 0x0)\","
                + "\"source\":\"./src/unsafe_access.c:26: void *data = (void *)(long)ctx->data;\"}]"), s);
        assertTrue(s.contains("\"counterexample\":{\"found\":true,"), s);
        assertTrue(s.contains("\"packet_hex\":\"0200000000010200000000020800\",\"length\":14,\"access\":{\"kind\":\"read\","
                + "\"size\":4,\"region\":\"pkt\",\"offset\":30,\"region_length\":14,\"null_pointer\":false}"), s);
    }

    @Test
    void sarifPutsProducersInRelatedLocations() {
        assertEquals(1, run("verify", "--format", "sarif", "--program", "tc_tcp_port_unchecked", OBJ));
        String s = out.toString();
        assertTrue(s.contains("\"region\":{\"startLine\":56"), s);
        assertTrue(s.contains("\"relatedLocations\":[{\"id\":1,\"message\":{\"text\":\"R2 produced by insn 1 "
                + "(r2 = *(u32 *)(r1 + 0x4c))\"},\"physicalLocation\":{\"artifactLocation\":{\"uri\":"
                + "\"src/unsafe_access.c\"},\"region\":{\"startLine\":45"), s);
        assertTrue(s.contains("\"region\":{\"startLine\":55"), s);
    }

    @Test
    void rawProgramGetsAReplayWithItsType(@TempDir Path dir) throws IOException {
        // as testdata/testkit/obj/unchecked_packet.o, without the ELF: the kernel says "R2 offset is
        // outside of the packet" for this read (ProvenanceTest, corpus)
        Path s = dir.resolve("unchecked.s");
        Files.writeString(s, "r2 = *(u32 *)(r1 + 0)\nr0 = *(u8 *)(r2 + 23)\nr0 = 2\nexit\n");
        assertEquals(1, run("verify", "--explain", "--type", "xdp", s.toString()), err.toString());
        String o = out.toString();
        assertTrue(o.contains("R2 was produced by:\n    insn 0 (r2 = *(u32 *)(r1 + 0x0))\n"), o);
        assertTrue(o.contains("counterexample: this 14-byte packet reaches the 1-byte read at offset 23 "
                + "(insn 1, packet ends at 14)"), o);
        assertTrue(o.contains("replay: ebpf4j run " + s + " --type xdp --data-hex 0000000000000000000000000000"), o);
    }

    @Test
    void kprobeContextWithANullArgument() {
        assertEquals(1, run("verify", "--explain", "--program", "kprobe_name_unchecked", OBJ), err.toString());
        String s = out.toString();
        assertTrue(s.contains("rejected at insn 1: R1 invalid mem access 'scalar'"), s);
        assertTrue(s.contains("insn 0 (r1 = *(u64 *)(r1 + 0x68)) at ./src/unsafe_access.c:98: const char *name = "
                + "(const char *)PT_REGS_PARM2(ctx);"), s);
        // pt_regs->si is at offset 104 (x86-64): the shortest context that holds it, all zero, is a NULL name
        assertTrue(s.contains("counterexample: this 112-byte context reaches the 1-byte read through a NULL pointer "
                + "(insn 1)"), s);
        assertTrue(s.contains(" --ctx-hex " + "00".repeat(112)), s);
        assertReplayFaults(s, "pc 1 (", "null pointer: load of 1 bytes at 0x0");
    }

    /**
     * testdata/obj/global_funcs.kernel.txt: "REJECT gf_main_void_ctx (xdp): insn 2: R1 invalid mem
     * access 'scalar'", a random number used as a pointer. The search draws the numbers `ebpf4j
     * run` draws (the same seed), so the replay faults at the same address.
     */
    @Test
    void aRandomNumberUsedAsAPointer() {
        String obj = testdataPath("obj", "global_funcs.o").toString();
        assertEquals(1, run("verify", "--explain", "--program", "gf_main_void_ctx", obj), err.toString());
        String s = out.toString();
        assertTrue(s.contains("rejected at insn 2: R1 invalid mem access 'scalar'"), s);
        assertTrue(s.contains("R1 was produced by:\n    insn 0 (call 0x7) at"), s);
        Matcher m = Pattern.compile("reaches the 4-byte read at (0x[0-9a-f]+), where there is no memory \\(insn 2\\)")
                .matcher(s);
        assertTrue(m.find(), s);
        assertReplayFaults(s, "pc 2 (", "load of 4 bytes at " + m.group(1));
    }

    @Test
    void contextsThatAreNotPlainMemoryAreNotSearched(@TempDir Path dir) throws IOException {
        Path s = dir.resolve("sock.s");
        Files.writeString(s, "r0 = r3\nexit\n");
        assertEquals(1, run("verify", "--explain", "--type", "cgroup_sock", s.toString()));
        String o = out.toString();
        assertTrue(o.contains("rejected at insn 0: R3 !read_ok\n  no instruction writes R3 on a path to insn 0\n"), o);
        assertTrue(o.contains("no counterexample search: the context of cgroup_sock programs is not plain memory"), o);
    }

    /** Runs the printed replay command in a fresh CLI: it must fault where the explanation says. */
    private void assertReplayFaults(String explanation, String... faultParts) {
        Matcher m = REPLAY.matcher(explanation);
        assertTrue(m.find(), explanation);
        ExplainReplay replay = new ExplainReplay();
        int rc = replay.run(m.group(1).split(" "));
        assertEquals(1, rc, replay.out.toString());
        for (String p : faultParts) assertTrue(replay.err.toString().contains(p), p + "\n" + replay.err);
    }

    /** A second in-process CLI for the replay. */
    private static final class ExplainReplay extends CliTestBase {}
}
