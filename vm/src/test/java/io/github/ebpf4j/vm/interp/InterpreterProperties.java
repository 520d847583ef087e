package io.github.ebpf4j.vm.interp;

import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ebpf4j.vm.helpers.HelperRegistry;
import io.github.ebpf4j.vm.isa.Bpf;
import io.github.ebpf4j.vm.isa.Insn;
import io.github.ebpf4j.vm.isa.Program;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

/**
 * The interpreter's safety contract: on any program it returns or throws {@link VmFault} (never an
 * internal error), within its instruction budget.
 */
class InterpreterProperties {
    private static final long BUDGET = 2_000;

    private static void returnsOrFaults(long[] words) {
        HelperRegistry helpers = HelperRegistry.empty().with(1, (a, b, c, d, e, ctx) -> ctx.memory().load(a, 1));
        Interpreter vm = Interpreter.builder().helpers(helpers).instructionBudget(BUDGET).build();
        byte[] mem = new byte[64];
        try {
            vm.runWithMemory(Program.of(words), mem);
        } catch (VmFault f) {
            assertNotEquals(VmFault.Kind.INTERNAL, f.kind(), f::getMessage);
        }
        assertTrue(vm.instructionsExecuted() <= BUDGET);
    }

    @Property(tries = 1500)
    void arbitraryWordsReturnOrFault(@ForAll @Size(min = 1, max = 24) long[] words) {
        returnsOrFaults(words);
    }

    /** Mostly valid opcodes and small registers/offsets, so programs run further than one slot. */
    @Property(tries = 1500)
    void plausibleProgramsReturnOrFault(@ForAll("plausible") long[] words) {
        returnsOrFaults(words);
    }

    @Provide
    Arbitrary<long[]> plausible() {
        int[] opcodes = {0x07, 0x0f, 0x17, 0x1f, 0x27, 0x2f, 0x37, 0x3f, 0x47, 0x4f, 0x57, 0x5f, 0x67, 0x6f, 0x77,
            0x7f, 0x87, 0x97, 0x9f, 0xa7, 0xaf, 0xb7, 0xbf, 0xc7, 0xcf, 0xd7, 0x04, 0x0c, 0x14, 0x1c, 0x24, 0x2c,
            0x34, 0x3c, 0x44, 0x4c, 0x54, 0x5c, 0x64, 0x6c, 0x74, 0x7c, 0x84, 0x94, 0x9c, 0xa4, 0xac, 0xb4, 0xbc,
            0xc4, 0xcc, 0xd4, 0xdc, 0x05, 0x15, 0x1d, 0x25, 0x2d, 0x35, 0x3d, 0x45, 0x4d, 0x55, 0x5d, 0x65, 0x6d,
            0x75, 0x7d, 0x85, 0x8d, 0x95, 0xa5, 0xad, 0xb5, 0xbd, 0xc5, 0xcd, 0xd5, 0xdd, 0x06, 0x16, 0x1e, 0x26,
            0x2e, 0x36, 0x3e, 0x46, 0x4e, 0x56, 0x5e, 0x66, 0x6e, 0x76, 0x7e, 0xa6, 0xae, 0xb6, 0xbe, 0xc6, 0xce,
            0xd6, 0xde, 0x61, 0x69, 0x71, 0x79, 0x81, 0x89, 0x91, 0x62, 0x6a, 0x72, 0x7a, 0x63, 0x6b, 0x73, 0x7b,
            0xc3, 0xdb, 0x18, 0x20, 0x28, 0x30, 0x40, 0x48, 0x50};
        Arbitrary<Long> insn = net.jqwik.api.Combinators.combine(
                Arbitraries.of(java.util.Arrays.stream(opcodes).boxed().toArray(Integer[]::new)),
                Arbitraries.integers().between(0, 10), Arbitraries.integers().between(0, 10),
                Arbitraries.integers().between(-8, 8),
                Arbitraries.oneOf(Arbitraries.integers().between(-8, 64), Arbitraries.integers(),
                        Arbitraries.of(0x00, 0x01, 0x40, 0x41, 0x50, 0x51, 0xa0, 0xa1, 0xe1, 0xf1, 16, 32, 64)))
                .as((op, dst, src, off, imm) -> Insn.of(op, dst, src % (op == Bpf.CALL ? 3 : 11), off, imm).encode());
        return insn.array(long[].class).ofMinSize(1).ofMaxSize(32);
    }

    @Example
    void selfCallRecursionHitsTheFrameLimit() {
        returnsOrFaults(new long[] {Insn.of(Bpf.CALL, 0, 1, 0, -1).encode()});
    }

    @Example
    void backwardJumpLoopHitsTheBudget() {
        returnsOrFaults(new long[] {Insn.of(Bpf.BPF_JMP32 | Bpf.BPF_JA, 0, 0, 0, -1).encode()});
    }
}
