package io.github.ebpf4j.vm.isa;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * jqwik generators of VALID typed instructions in the canonical form {@link Decoder} returns
 * (NEG with immediate 0, XCHG and CMPXCHG always fetching, JA with dst 0 and immediate 0, no
 * offset on helper and local calls), covering every opcode of the ISA.
 */
public final class InstructionArbitraries {
    private InstructionArbitraries() {}

    /** @return registers r0 to r10 */
    public static Arbitrary<Integer> reg() {
        return Arbitraries.integers().between(0, Bpf.FP);
    }

    /** @return any 32-bit immediate, with the edges and small values often */
    public static Arbitrary<Integer> imm() {
        return Arbitraries.oneOf(Arbitraries.integers(), Arbitraries.integers().between(-16, 16),
                Arbitraries.of(Integer.MIN_VALUE, Integer.MAX_VALUE, -1, 0));
    }

    /** @return any 16-bit offset */
    public static Arbitrary<Short> off() {
        return Arbitraries.oneOf(Arbitraries.shorts(), Arbitraries.of(Short.MIN_VALUE, Short.MAX_VALUE, (short) 0));
    }

    private static Arbitrary<Operand> regOrImm() {
        return Arbitraries.oneOf(reg().map(Operand::reg), imm().map(Operand::imm));
    }

    /** @return every kind of valid instruction */
    public static Arbitrary<Instruction> instruction() {
        return Arbitraries.oneOf(List.of(alu(), endian(), load(), store(), atomic(), loadImm64(),
                packetLoad(), jump(), call(), reg().map(Instruction.CallX::new),
                Arbitraries.just(new Instruction.Exit())));
    }

    static Arbitrary<Instruction> alu() {
        return Combinators.combine(Arbitraries.of(true, false), Arbitraries.of(AluOp.class), reg(), reg(), imm(),
                Arbitraries.of(true, false)).as((is64, op, dst, r, i, useReg) -> {
                    AluOp o = op == AluOp.MOVSX32 && !is64 ? AluOp.MOVSX16 : op;
                    Operand src;
                    if (o == AluOp.NEG) src = Operand.imm(0);
                    else if (o == AluOp.MOVSX8 || o == AluOp.MOVSX16 || o == AluOp.MOVSX32 || useReg) src = Operand.reg(r);
                    else src = Operand.imm(i);
                    return new Instruction.Alu(is64, o, dst, src);
                });
    }

    static Arbitrary<Instruction> endian() {
        return Combinators.combine(Arbitraries.of(Instruction.EndianKind.class), Arbitraries.of(16, 32, 64), reg())
                .as(Instruction.Endian::new);
    }

    static Arbitrary<Instruction> load() {
        return Combinators.combine(Arbitraries.of(Size.class), Arbitraries.of(true, false), reg(), reg(), off())
                .as((size, sx, dst, src, off) -> new Instruction.Load(size, sx && size != Size.DW, dst, src, off));
    }

    static Arbitrary<Instruction> store() {
        return Combinators.combine(Arbitraries.of(Size.class), reg(), off(), regOrImm()).as(Instruction.Store::new);
    }

    static Arbitrary<Instruction> atomic() {
        return Combinators.combine(Arbitraries.of(Size.W, Size.DW), Arbitraries.of(AtomicOp.class),
                Arbitraries.of(true, false), reg(), reg(), off()).as((size, op, fetch, dst, src, off) ->
                        new Instruction.Atomic(size, op, fetch || op == AtomicOp.XCHG || op == AtomicOp.CMPXCHG,
                                dst, src, off));
    }

    static Arbitrary<Instruction> loadImm64() {
        return Combinators.combine(reg(), Arbitraries.integers().between(0, Bpf.BPF_PSEUDO_MAP_IDX_VALUE), imm(), imm())
                .as(Instruction.LoadImm64::new);
    }

    static Arbitrary<Instruction> packetLoad() {
        return Combinators.combine(Arbitraries.of(Size.B, Size.H, Size.W), Arbitraries.of(true, false), reg(), imm())
                .as((size, ind, src, imm) -> new Instruction.PacketLoad(size, ind, ind ? src : 0, imm));
    }

    static Arbitrary<Instruction> jump() {
        return Combinators.combine(Arbitraries.of(true, false), Arbitraries.of(JumpOp.class), reg(), regOrImm(),
                off(), imm()).as((is32, op, dst, src, off, imm) -> op == JumpOp.JA
                        ? new Instruction.Jump(is32, op, 0, Operand.imm(0), is32 ? imm : off)
                        : new Instruction.Jump(is32, op, dst, src, off));
    }

    static Arbitrary<Instruction> call() {
        return Combinators.combine(Arbitraries.of(Instruction.CallKind.class), imm(), off())
                .as((kind, imm, off) -> new Instruction.Call(kind, imm,
                        kind == Instruction.CallKind.KFUNC ? off : (short) 0));
    }

    /**
     * @param insns instructions
     * @return the program they encode to
     */
    public static Program program(List<Instruction> insns) {
        long[] words = insns.stream().flatMapToLong(i -> java.util.Arrays.stream(i.encode())).toArray();
        return Program.of(words);
    }
}
