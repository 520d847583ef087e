package io.github.ebpf4j.vm.interp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.ebpf4j.vm.isa.Bpf;
import io.github.ebpf4j.vm.isa.Insn;
import io.github.ebpf4j.vm.isa.Program;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * {@link AluSemantics}' generic entry points (what the verifier folds constants with) agree with
 * the interpreter's inlined arms, which the kernel facts and the conformance suite check: for every
 * ALU operation of both classes, both source kinds, and every jump condition.
 */
class AluSemanticsProperties {
    private static final int[] ALU_OPS = {Bpf.BPF_ADD, Bpf.BPF_SUB, Bpf.BPF_MUL, Bpf.BPF_DIV, Bpf.BPF_OR, Bpf.BPF_AND,
        Bpf.BPF_LSH, Bpf.BPF_RSH, Bpf.BPF_NEG, Bpf.BPF_MOD, Bpf.BPF_XOR, Bpf.BPF_MOV, Bpf.BPF_ARSH};
    private static final int[] JMP_OPS = {Bpf.BPF_JEQ, Bpf.BPF_JGT, Bpf.BPF_JGE, Bpf.BPF_JSET, Bpf.BPF_JNE,
        Bpf.BPF_JSGT, Bpf.BPF_JSGE, Bpf.BPF_JLT, Bpf.BPF_JLE, Bpf.BPF_JSLT, Bpf.BPF_JSLE};

    private final Interpreter vm = Interpreter.builder().build();

    @Provide
    Arbitrary<Long> values() {
        return Arbitraries.oneOf(Arbitraries.longs(), Arbitraries.longs().between(-70, 70),
                Arbitraries.of(0L, -1L, Long.MIN_VALUE, Long.MAX_VALUE, 0x8000_0000L, 0xffff_ffffL, 0x1_0000_0000L));
    }

    @Property(tries = 400)
    void aluMatchesTheInterpreter(@ForAll("values") long a, @ForAll("values") long b, @ForAll boolean is64,
            @ForAll boolean signedOrSx) {
        int cls = is64 ? Bpf.BPF_ALU64 : Bpf.BPF_ALU;
        for (int op : ALU_OPS) {
            int off = 0;
            if (signedOrSx && (op == Bpf.BPF_DIV || op == Bpf.BPF_MOD)) off = 1;
            if (signedOrSx && op == Bpf.BPF_MOV) off = (int) Math.floorMod(a, is64 ? 3 : 2) * 8 + 8;
            // register source (for NEG the X bit is a reserved field the interpreter reads leniently)
            long viaReg = vm.run(Program.of(
                    Insn.of(Bpf.BPF_ALU64 | Bpf.BPF_X | Bpf.BPF_MOV, 0, 1, 0, 0),
                    Insn.of(cls | Bpf.BPF_X | op, 0, 2, off, 0), Insn.of(Bpf.EXIT, 0, 0, 0, 0)), a, b);
            assertEquals(AluSemantics.alu(cls | op, off, a, b), viaReg,
                    () -> String.format("op 0x%02x off %d a 0x%x b 0x%x", cls | op | Bpf.BPF_X, 0, a, b));
            if (op == Bpf.BPF_MOV && off != 0) continue; // movsx has no immediate form
            int imm = (int) b;
            long widened = is64 ? imm : imm & 0xffff_ffffL;
            long viaImm = vm.run(Program.of(
                    Insn.of(Bpf.BPF_ALU64 | Bpf.BPF_X | Bpf.BPF_MOV, 0, 1, 0, 0),
                    Insn.of(cls | op, 0, 0, off, imm), Insn.of(Bpf.EXIT, 0, 0, 0, 0)), a);
            assertEquals(AluSemantics.alu(cls | op, off, a, is64 ? (long) imm : widened), viaImm,
                    () -> String.format("op 0x%02x imm %d a 0x%x", cls | op, imm, a));
        }
    }

    @Property(tries = 400)
    void conditionsMatchTheInterpreter(@ForAll("values") long a, @ForAll("values") long b, @ForAll boolean is32) {
        int cls = is32 ? Bpf.BPF_JMP32 : Bpf.BPF_JMP;
        for (int op : JMP_OPS) {
            long taken = vm.run(Program.of(
                    Insn.of(cls | Bpf.BPF_X | op, 1, 2, 1, 0),
                    Insn.of(Bpf.EXIT, 0, 0, 0, 0),
                    Insn.of(Bpf.BPF_ALU64 | Bpf.BPF_MOV, 0, 0, 0, 1),
                    Insn.of(Bpf.EXIT, 0, 0, 0, 0)), a, b);
            assertEquals(AluSemantics.condition(op, is32, a, b) ? 1 : 0, taken,
                    () -> String.format("jump 0x%02x a 0x%x b 0x%x", cls | op, a, b));
        }
    }

    @Example
    void negWithTheSourceBitSetIsNegLikeTheLenientDecoderSays() {
        aluMatchesTheInterpreter(5, 0, true, false);
        aluMatchesTheInterpreter(5, 0, false, false);
    }

    @Example
    void endianConversionsAreTheRfcExamples() {
        // RFC 9669 4.2 (and kernel facts be16/le16/bswap64 in testdata/kernel/alu)
        long v = 0x0123456789abcdefL;
        assertEquals(0xefcdL, AluSemantics.toBe(v, 16));
        assertEquals(0xcdefL, AluSemantics.toLe(v, 16));
        assertEquals(0xefcdab8967452301L, AluSemantics.bswap(v, 64));
        assertEquals(0xefcdab89L, AluSemantics.bswap32(v));
    }
}
