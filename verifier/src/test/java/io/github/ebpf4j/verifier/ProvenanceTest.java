package io.github.ebpf4j.verifier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ebpf4j.vm.asm.Assembler;
import io.github.ebpf4j.vm.isa.Program;
import io.github.ebpf4j.vm.maps.MapSpec;
import io.github.ebpf4j.vm.maps.MapType;
import io.github.ebpf4j.vm.prog.ProgramType;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The def-use analysis behind explanations, on small assembled programs whose producing
 * instructions can be read off by hand (instruction indices are given in the comments), and the
 * verifier's record of which register a rejection is about. Kernel messages quoted here are the
 * corpus's (testdata/verifier/corpus/expected.tsv, recorded with kernel-oracle verify).
 */
class ProvenanceTest {
    private static List<Integer> producers(String asm, int insn, int reg) {
        return Provenance.of(Assembler.assemble(asm)).producers(insn, reg);
    }

    @Test
    void followsMovesAndAluOperands() {
        String asm = String.join("\n",
                "r2 = *(u32 *)(r1 + 0)", // 0: packet start, read from the context
                "r3 = 14", //               1
                "r4 = r2", //               2
                "r4 += r3", //              3
                "r5 = 7", //                4: unrelated
                "r0 = *(u8 *)(r4 + 9)", //  5: the use
                "exit");
        assertEquals(List.of(0, 1, 2, 3), producers(asm, 5, 4));
    }

    @Test
    void bothBranchesReachAJoin() {
        String asm = String.join("\n",
                "r0 = 0", //                 0
                "if r1 == 0 goto else", //   1
                "r2 = 1", //                 2
                "goto join", //              3
                "else:",
                "r2 = 2", //                 4
                "join:",
                "r0 = r2", //                5
                "exit"); //                  6
        assertEquals(List.of(2, 4, 5), producers(asm, 6, 0));
    }

    @Test
    void aRedefinitionHidesTheEarlierOne() {
        String asm = String.join("\n", "r2 = 1", "r2 = 2", "r0 = r2", "exit");
        assertEquals(List.of(1), producers(asm, 2, 2));
    }

    @Test
    void followsSpillsAndFillsThroughTheFramePointer() {
        String asm = String.join("\n",
                "r6 = *(u32 *)(r1 + 4)", //     0: data_end from the context
                "*(u64 *)(r10 - 8) = r6", //    1: spill
                "*(u64 *)(r10 - 16) = r1", //   2: another slot
                "r6 = 0", //                    3: r6 reused
                "r7 = *(u64 *)(r10 - 8)", //    4: fill
                "r0 = r7", //                   5
                "exit");
        assertEquals(List.of(0, 1, 4), producers(asm, 5, 7));
    }

    @Test
    void followsStackAccessesThroughAFramePointerCopy() {
        String asm = String.join("\n",
                "r1 = 42", //                    0
                "r2 = r10", //                   1
                "r2 += -16", //                  2
                "*(u64 *)(r2 + 8) = r1", //      3: a store to fp-8
                "*(u64 *)(r2 + 0) = r2", //      4: fp-16, not read below
                "r3 = *(u64 *)(r10 - 8)", //     5: fill of fp-8
                "r0 = r3", //                    6
                "exit");
        assertEquals(List.of(0, 3, 5), producers(asm, 6, 3));
    }

    @Test
    void aHelperThatFillsAStackBufferProducesWhatIsReadFromIt() {
        String asm = String.join("\n",
                "r6 = 7", //                     0
                "*(u64 *)(r10 - 24) = r6", //    1: below the buffer
                "r1 = r10", //                   2
                "r1 += -16", //                  3
                "r2 = 16", //                    4
                "r3 = 0", //                     5
                "call 113", //                   6: bpf_probe_read_kernel(fp-16, 16, 0) fills fp-16..fp-1
                "r4 = *(u64 *)(r10 - 8)", //     7
                "r5 = *(u64 *)(r10 - 24)", //    8
                "r0 = r4", //                    9
                "exit");
        assertEquals(List.of(6, 7), producers(asm, 9, 4));
        assertEquals(List.of(0, 1, 8), producers(asm, 10, 5));
    }

    @Test
    void aHelperCallProducesR0AndClobbersR1ToR5() {
        String asm = String.join("\n",
                "r1 = 0 ll", //            0-1
                "r2 = r10", //             2
                "r2 += -4", //             3
                "call 1", //               4: bpf_map_lookup_elem
                "r0 = *(u32 *)(r0 + 0)", //5
                "r0 = r3", //              6: R3 !read_ok after the call
                "exit");
        assertEquals(List.of(4), producers(asm, 5, 0));
        assertEquals(List.of(4), producers(asm, 6, 3));
    }

    @Test
    void loopsTerminate() {
        String asm = String.join("\n",
                "r1 = 0", //                 0
                "loop:",
                "r1 += 1", //                1
                "if r1 < 10 goto loop", //   2
                "r0 = r1", //                3
                "exit");
        assertEquals(List.of(0, 1), producers(asm, 3, 1));
    }

    @Test
    void argumentsComeFromTheCallerAndResultsFromTheCallee() {
        String asm = String.join("\n",
                "r1 = 5", //                0
                "call f", //                1: bpf-to-bpf call
                "r0 = r0", //               2
                "exit", //                  3
                "f:",
                "r2 = r1", //               4
                "r0 = r2", //               5
                "exit"); //                 6
        assertEquals(List.of(0), producers(asm, 4, 1));
        assertEquals(List.of(0, 1, 4, 5), producers(asm, 2, 0));
    }

    @Test
    void programInputsHaveNoProducer() {
        assertEquals(List.of(), producers("r0 = *(u32 *)(r1 + 0)\nexit", 0, 1));
        assertEquals(List.of(), producers("r0 = 0\nexit", 1, 10));
    }

    @Test
    void longChainsAreBounded() {
        StringBuilder asm = new StringBuilder("r1 = 1\n");
        for (int i = 0; i < 100; i++) asm.append("r1 += 1\n");
        asm.append("r0 = r1\nexit");
        List<Integer> p = producers(asm.toString(), 101, 1);
        assertEquals(Provenance.MAX_PRODUCERS, p.size());
        assertEquals(100, p.get(p.size() - 1)); // nearest first: the last additions are kept
    }

    @Test
    void rejectionNamesTheFailingRegisterAndItsProducers() {
        // expected.tsv: map_lookup_nocheck_hash reject at 6: R0 invalid mem access 'map_value_or_null'
        Program p = Assembler.assemble(String.join("\n",
                "r1 = 0", //                    0
                "*(u32 *)(r10 - 4) = r1", //    1
                "r2 = r10", //                  2
                "r2 += -4", //                  3
                "ld_pseudo r1, 1, 0, 0", //     4-5: map 0 (BPF_PSEUDO_MAP_FD)
                "call 1", //                    6
                "r0 = *(u64 *)(r0 + 0)", //     7: no NULL check
                "exit"));
        VerificationResult r = Verifier.verify(p, VerifierOptions.of(ProgramType.XDP)
                .withMaps(List.of(MapSpec.of("m", MapType.HASH, 4, 8, 16))));
        assertFalse(r.accepted());
        assertEquals("R0 invalid mem access 'map_value_or_null'", r.message());
        assertEquals(7, r.insn());
        assertEquals(new FailingValue(0, List.of(6)), r.failingValue());
    }

    @Test
    void packetRangeRejectionNamesTheBaseRegister() {
        // the kernel's message for an unchecked packet read: "invalid access to packet, off=23 size=1,
        // R2(id=0,off=0,r=0)" then "R2 offset is outside of the packet" (testdata/testkit/obj/unchecked_packet)
        Program p = Assembler.assemble(String.join("\n",
                "r2 = *(u32 *)(r1 + 0)", //    0
                "r0 = *(u8 *)(r2 + 23)", //    1
                "exit"));
        VerificationResult r = Verifier.verify(p, VerifierOptions.of(ProgramType.XDP));
        assertEquals("R2 offset is outside of the packet", r.message());
        assertEquals(new FailingValue(2, List.of(0)), r.failingValue());
    }

    /**
     * Every rejection in the kernel-labelled corpus whose final message names a register first
     * ("R3 !read_ok", "R1 type=scalar expected=fp", ...) records that register.
     */
    @Test
    void corpusRejectionsRecordTheRegisterTheirMessageNames() {
        java.util.regex.Pattern named = java.util.regex.Pattern.compile("^R(\\d+) .*");
        int checked = 0;
        List<String> wrong = new java.util.ArrayList<>();
        for (KernelCorpus.Case c : KernelCorpus.load()) {
            if (c.accepted() || c.processed() > 100_000) continue; // the 1M-insn case names no register
            VerificationResult r = Verifier.verify(c.program(), c.options());
            java.util.regex.Matcher m = named.matcher(r.message());
            if (r.accepted() || !m.matches()) continue;
            checked++;
            if (r.failingValue().register() != Integer.parseInt(m.group(1))) {
                wrong.add(c.name() + ": " + r.message() + " -> " + r.failingValue());
            }
        }
        assertTrue(checked >= 100, "only " + checked + " corpus rejections name a register");
        assertEquals(List.of(), wrong);
    }

    @Test
    void unboundedOffsetNamesTheScalarNotThePointer() {
        // corpus message (15 cases): "math between fp pointer and register with unbounded min value is not allowed"
        Program p = Assembler.assemble(String.join("\n",
                "r2 = *(u64 *)(r10 - 8)", //   0: uninitialised stack: any 64-bit value (privileged)
                "r3 = r10", //                 1
                "r3 += r2", //                 2
                "r0 = 0",
                "exit"));
        VerificationResult r = Verifier.verify(p, VerifierOptions.of(ProgramType.XDP));
        assertEquals("math between fp pointer and register with unbounded min value is not allowed", r.message());
        assertEquals(2, r.insn());
        assertEquals(new FailingValue(2, List.of(0)), r.failingValue());
    }

    @Test
    void uninitialisedRegisterAndStructuralErrors() {
        VerificationResult r = Verifier.verify(Assembler.assemble("r0 = r3\nexit"), VerifierOptions.of(ProgramType.XDP));
        assertEquals("R3 !read_ok", r.message()); // expected.tsv: reg_uninit_r3
        assertEquals(3, r.failingValue().register());
        assertTrue(r.failingValue().producers().isEmpty());
        VerificationResult s = Verifier.verify(Assembler.assemble("r0 = 0"), VerifierOptions.of(ProgramType.XDP));
        assertFalse(s.failingValue().known());
        assertEquals(FailingValue.NONE, Verifier.verify(Assembler.assemble("r0 = 0\nexit"),
                VerifierOptions.of(ProgramType.XDP)).failingValue());
    }
}
