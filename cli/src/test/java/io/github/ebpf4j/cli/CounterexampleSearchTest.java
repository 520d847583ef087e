package io.github.ebpf4j.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ebpf4j.vm.asm.Assembler;
import io.github.ebpf4j.vm.isa.Program;
import io.github.ebpf4j.vm.prog.ProgramType;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The counterexample search on its own, on assembled XDP programs that are never verified: the
 * interpreter decides, and the expected packets follow from the programs' instructions.
 */
class CounterexampleSearchTest {
    private static CounterexampleSearch search(String asm, int insn, int runs, long budget) {
        Program p = Assembler.assemble(asm);
        return new CounterexampleSearch(ProgramType.XDP, rt -> rt.load("t", ProgramType.XDP, p, List.of()), insn, runs,
                budget);
    }

    /** Reads byte 200 unchecked, but only when byte 20 is 0x5a: no template has that, random bytes do. */
    private static final String MAGIC_BYTE = String.join("\n",
            "r2 = *(u32 *)(r1 + 0)", //    0: data
            "r3 = *(u32 *)(r1 + 4)", //    1: data_end
            "r4 = r2", //                  2
            "r4 += 21", //                 3
            "r0 = 2", //                   4
            "if r4 > r3 goto out", //      5
            "r4 = *(u8 *)(r2 + 20)", //    6
            "if r4 != 0x5a goto out", //   7
            "r0 = *(u8 *)(r2 + 200)", //   8: the unsafe read
            "out:",
            "exit");

    @Test
    void aRandomFindIsShortenedToItsShortestFaultingPrefix() {
        CounterexampleSearch.Outcome o = search(MAGIC_BYTE, 8, 4096, CounterexampleSearch.SEARCH_BUDGET).search();
        CounterexampleSearch.Counterexample c = o.found();
        assertNotNull(c, o.sentence());
        assertTrue(o.runs() > new PacketCandidates(14, 0).sweepRuns(), "found in the random phase: " + o.runs());
        assertEquals(21, c.packet().length); // the check needs 21 bytes; the prefix keeps byte 20
        assertEquals(0x5a, c.packet()[20] & 0xff);
        assertEquals("this 21-byte packet reaches the 1-byte read at offset 200 (insn 8, packet ends at 21)",
                c.sentence());
        CounterexampleSearch.Outcome again = search(MAGIC_BYTE, 8, 4096, CounterexampleSearch.SEARCH_BUDGET).search();
        assertEquals(o.runs(), again.runs());
        assertArrayEquals(c.packet(), again.found().packet());
    }

    @Test
    void aFaultElsewhereIsNoCounterexample() {
        // the fault is at insn 8, the search is asked about insn 6
        CounterexampleSearch.Outcome o = search(MAGIC_BYTE, 6, 2000, CounterexampleSearch.SEARCH_BUDGET).search();
        assertNull(o.found());
        assertEquals("no counterexample found in 2000 runs", o.sentence());
    }

    @Test
    void aSlowProgramEndsTheSearchAtItsInstructionBudget() {
        String loop = String.join("\n", "r1 = 0", "loop:", "r1 += 1", "if r1 < 100000 goto loop", "r0 = 2", "exit");
        // each run executes 200,001 instructions: the fifth run uses up a budget of 1,000,000
        CounterexampleSearch.Outcome o = search(loop, 1, 4096, 1_000_000).search();
        assertNull(o.found());
        assertEquals(5, o.runs());
        assertEquals("no counterexample found in 5 runs (its instruction budget is used up)", o.sentence());
    }

    @Test
    void sweepStartsWithTheShortestPackets() {
        PacketCandidates c = new PacketCandidates(14, 1);
        assertArrayEquals(new byte[14], c.next());
        byte[] ones = new byte[14];
        Arrays.fill(ones, (byte) 0xff);
        assertArrayEquals(ones, c.next());
        byte[] ipv4Prefix = c.next();
        assertEquals(14, ipv4Prefix.length);
        assertEquals(0x08, ipv4Prefix[12]); // EtherType 0x0800
        assertEquals(0x00, ipv4Prefix[13]);
    }

    /** RFC 791 section 3.1: the one's complement sum of a header with its checksum is 0xffff. */
    @Test
    void ipv4TemplatesCarryValidHeaderChecksums() {
        for (byte[] t : PacketCandidates.templates()) {
            int l3 = (t[12] & 0xff) == 0x81 ? 18 : 14;
            if ((t[l3 - 2] & 0xff) != 0x08 || t[l3 - 1] != 0) continue;
            int sum = 0;
            for (int i = l3; i < l3 + 20; i += 2) sum += (t[i] & 0xff) << 8 | (t[i + 1] & 0xff);
            while (sum > 0xffff) sum = (sum & 0xffff) + (sum >> 16);
            assertEquals(0xffff, sum);
        }
    }
}
