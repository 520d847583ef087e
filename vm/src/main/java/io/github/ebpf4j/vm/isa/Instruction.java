package io.github.ebpf4j.vm.isa;

/**
 * The typed, readable form of an instruction, for tools (disassembler, assembler, verifier). The
 * raw form is {@link Insn}; {@link Decoder} turns one into the other and {@link #encode()} goes
 * back. Exhaustive {@code switch} over this sealed type makes a missing case a compile error.
 */
public sealed interface Instruction
        permits Instruction.Alu, Instruction.Endian, Instruction.Load, Instruction.Store,
                Instruction.Atomic, Instruction.LoadImm64, Instruction.PacketLoad,
                Instruction.Jump, Instruction.Call, Instruction.CallX, Instruction.Exit {

    /** @return number of 64-bit slots: 2 for LD IMM64, else 1 */
    default int width() { return 1; }

    /** @return the raw slots (1 or 2) with all reserved fields zero */
    long[] encode();

    /**
     * ALU or ALU64 (RFC 9669 4.1).
     * @param is64 class ALU64 (true) or ALU (false)
     * @param op operation (NEG ignores src)
     * @param dst destination register
     * @param src source operand
     */
    record Alu(boolean is64, AluOp op, int dst, Operand src) implements Instruction {
        @Override public long[] encode() {
            int opc = (is64 ? Bpf.BPF_ALU64 : Bpf.BPF_ALU) | op.code();
            if (src instanceof Operand.Reg r && op != AluOp.NEG) {
                return new long[] {Insn.of(opc | Bpf.BPF_X, dst, r.n(), op.off(), 0).encode()};
            }
            int imm = src instanceof Operand.Imm i ? i.value() : 0;
            return new long[] {Insn.of(opc, dst, 0, op.off(), op == AluOp.NEG ? 0 : imm).encode()};
        }
    }

    /** Endianness conversion and byte swap (RFC 9669 4.2). */
    enum EndianKind {
        /** ALU class, BPF_TO_LE: {@code le16/32/64}. */ TO_LE,
        /** ALU class, BPF_TO_BE: {@code be16/32/64}. */ TO_BE,
        /** ALU64 class: unconditional {@code bswap16/32/64} (v4). */ BSWAP
    }

    /**
     * BPF_END.
     * @param kind conversion
     * @param bits 16, 32 or 64
     * @param dst register converted in place
     */
    record Endian(EndianKind kind, int bits, int dst) implements Instruction {
        @Override public long[] encode() {
            int opc = switch (kind) {
                case TO_LE -> Bpf.BPF_ALU | Bpf.BPF_END | Bpf.BPF_TO_LE;
                case TO_BE -> Bpf.BPF_ALU | Bpf.BPF_END | Bpf.BPF_TO_BE;
                case BSWAP -> Bpf.BPF_ALU64 | Bpf.BPF_END;
            };
            return new long[] {Insn.of(opc, dst, 0, 0, bits).encode()};
        }
    }

    /**
     * LDX MEM or MEMSX: {@code dst = *(size *)(src + off)} (RFC 9669 5.1, 5.2).
     * @param size access size
     * @param signExtend MEMSX (not for DW)
     * @param dst destination register
     * @param src base register
     * @param off signed offset
     */
    record Load(Size size, boolean signExtend, int dst, int src, short off) implements Instruction {
        @Override public long[] encode() {
            int opc = Bpf.BPF_LDX | (signExtend ? Bpf.BPF_MEMSX : Bpf.BPF_MEM) | size.code();
            return new long[] {Insn.of(opc, dst, src, off, 0).encode()};
        }
    }

    /**
     * ST MEM (immediate) or STX MEM (register): {@code *(size *)(dst + off) = value}.
     * @param size access size
     * @param dst base register
     * @param off signed offset
     * @param value immediate (ST) or register (STX)
     */
    record Store(Size size, int dst, short off, Operand value) implements Instruction {
        @Override public long[] encode() {
            if (value instanceof Operand.Reg r) {
                return new long[] {Insn.of(Bpf.BPF_STX | Bpf.BPF_MEM | size.code(), dst, r.n(), off, 0).encode()};
            }
            return new long[] {Insn.of(Bpf.BPF_ST | Bpf.BPF_MEM | size.code(), dst, 0, off,
                    ((Operand.Imm) value).value()).encode()};
        }
    }

    /**
     * STX ATOMIC of 4 or 8 bytes (RFC 9669 5.3).
     * @param size W or DW
     * @param op operation
     * @param fetch BPF_FETCH set (always true for XCHG and CMPXCHG)
     * @param dst base register
     * @param src value register (receives the old value when fetching)
     * @param off signed offset
     */
    record Atomic(Size size, AtomicOp op, boolean fetch, int dst, int src, short off) implements Instruction {
        @Override public long[] encode() {
            int imm = op.code() | (fetch ? Bpf.BPF_FETCH : 0);
            return new long[] {Insn.of(Bpf.BPF_STX | Bpf.BPF_ATOMIC | size.code(), dst, src, off, imm).encode()};
        }
    }

    /**
     * LD IMM64 (RFC 9669 5.4), two slots.
     * @param dst destination register
     * @param pseudo src field: 0 plain, or a BPF_PSEUDO_* kind (1 to 6)
     * @param imm first slot's imm
     * @param nextImm second slot's imm
     */
    record LoadImm64(int dst, int pseudo, int imm, int nextImm) implements Instruction {
        /** @return the 64-bit constant {@code nextImm << 32 | imm} */
        public long value() { return (long) nextImm << 32 | (imm & 0xffffffffL); }

        @Override public int width() { return 2; }

        @Override public long[] encode() {
            return new long[] {Insn.of(Bpf.LD_IMM64, dst, pseudo, 0, imm).encode(),
                    Insn.of(0, 0, 0, 0, nextImm).encode()};
        }
    }

    /**
     * Legacy packet access LD ABS / LD IND (RFC 9669 5.5): r0 = ntoh(*(size *)(skb->data + imm
     * [+ src])).
     * @param size B, H or W
     * @param indirect IND (adds src) or ABS
     * @param src index register (IND only)
     * @param imm constant offset
     */
    record PacketLoad(Size size, boolean indirect, int src, int imm) implements Instruction {
        @Override public long[] encode() {
            int opc = Bpf.BPF_LD | (indirect ? Bpf.BPF_IND : Bpf.BPF_ABS) | size.code();
            return new long[] {Insn.of(opc, 0, indirect ? src : 0, 0, imm).encode()};
        }
    }

    /**
     * JMP or JMP32 (RFC 9669 4.3). For JA in class JMP32 ({@code gotol}) the offset comes from imm.
     * @param is32 class JMP32
     * @param op condition
     * @param dst compared register (0 for JA)
     * @param src compared operand (immediate 0 for JA)
     * @param offset jump offset in slots, relative to the next slot
     */
    record Jump(boolean is32, JumpOp op, int dst, Operand src, int offset) implements Instruction {
        @Override public long[] encode() {
            int opc = (is32 ? Bpf.BPF_JMP32 : Bpf.BPF_JMP) | op.code();
            if (op == JumpOp.JA) {
                return new long[] {is32 ? Insn.of(opc, 0, 0, 0, offset).encode() : Insn.of(opc, 0, 0, offset, 0).encode()};
            }
            if (src instanceof Operand.Reg r) {
                return new long[] {Insn.of(opc | Bpf.BPF_X, dst, r.n(), offset, 0).encode()};
            }
            return new long[] {Insn.of(opc, dst, 0, offset, ((Operand.Imm) src).value()).encode()};
        }
    }

    /** What a CALL's src field selects. */
    enum CallKind {
        /** src = 0: helper function by id. */ HELPER,
        /** src = 1: bpf-to-bpf call, imm = relative offset. */ LOCAL,
        /** src = 2: kernel function, imm = BTF id, off = BTF fd index. */ KFUNC
    }

    /**
     * CALL (RFC 9669 4.3.1).
     * @param kind helper, local or kfunc
     * @param imm helper id, relative offset or BTF id
     * @param off 0, or the BTF fd index of a kfunc
     */
    record Call(CallKind kind, int imm, short off) implements Instruction {
        @Override public long[] encode() {
            return new long[] {Insn.of(Bpf.CALL, 0, kind.ordinal(), off, imm).encode()};
        }
    }

    /**
     * Call through a register, opcode 0x8d, register number in dst (LLVM: {@code callx rN}).
     * @param reg register holding the target
     */
    record CallX(int reg) implements Instruction {
        @Override public long[] encode() {
            return new long[] {Insn.of(Bpf.CALLX, reg, 0, 0, 0).encode()};
        }
    }

    /** EXIT (RFC 9669 4.3). */
    record Exit() implements Instruction {
        @Override public long[] encode() {
            return new long[] {Insn.of(Bpf.EXIT, 0, 0, 0, 0).encode()};
        }
    }
}
