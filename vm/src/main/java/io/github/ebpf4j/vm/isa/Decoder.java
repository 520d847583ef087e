package io.github.ebpf4j.vm.isa;

import static io.github.ebpf4j.vm.isa.Bpf.*;

import io.github.ebpf4j.vm.isa.Instruction.CallKind;
import io.github.ebpf4j.vm.isa.Instruction.EndianKind;

/**
 * Turns raw slots into {@link Instruction}s. Every opcode of RFC 9669 and the kernel's ISA is
 * accepted; anything else is a {@link DecodeException} naming the slot and the reason.
 *
 * <p>In {@link Mode#STRICT} a field that RFC 9669 says must be zero ("unused") but is not is an
 * error too, as the kernel's verifier reports it ("uses reserved fields"). {@link Mode#LENIENT}
 * ignores such fields, as a plain interpreter does.
 */
public final class Decoder {
    private Decoder() {}

    /** How to treat reserved fields. */
    public enum Mode {
        /** Non-zero reserved fields are errors. */ STRICT,
        /** Non-zero reserved fields are ignored. */ LENIENT
    }

    /**
     * Decodes a whole program.
     *
     * @param program the slots
     * @param mode strict or lenient
     * @return one entry per slot; the second slot of an LD IMM64 is {@code null}
     * @throws DecodeException at the first invalid slot
     */
    public static Instruction[] decodeAll(Program program, Mode mode) {
        Instruction[] out = new Instruction[program.size()];
        for (int pc = 0; pc < out.length; ) {
            Instruction i = decode(program, pc, mode);
            out[pc] = i;
            pc += i.width();
        }
        return out;
    }

    /**
     * Decodes the instruction that starts at slot {@code pc}.
     *
     * @param program the slots
     * @param pc slot index
     * @param mode strict or lenient
     * @return the instruction
     * @throws DecodeException if the slot is not a valid instruction
     */
    public static Instruction decode(Program program, int pc, Mode mode) {
        long w = program.word(pc);
        int opc = Insn.opcode(w);
        if (opc == LD_IMM64) {
            if (pc + 1 >= program.size()) {
                throw new DecodeException(pc, opc, "lddw is missing its second slot");
            }
            long next = program.word(pc + 1);
            return decodeLdImm64(pc, w, next, mode);
        }
        return decode(pc, w, mode);
    }

    /**
     * Decodes a single-slot instruction (for LD IMM64 use {@link #decode(Program, int, Mode)}).
     *
     * @param pc slot index, for messages
     * @param w the slot
     * @param mode strict or lenient
     * @return the instruction
     */
    public static Instruction decode(int pc, long w, Mode mode) {
        int opc = Insn.opcode(w);
        int dst = Insn.dst(w);
        int src = Insn.src(w);
        short off = Insn.off(w);
        int imm = Insn.imm(w);
        boolean strict = mode == Mode.STRICT;
        switch (cls(opc)) {
            case BPF_ALU:
            case BPF_ALU64:
                return decodeAlu(pc, opc, dst, src, off, imm, strict);
            case BPF_JMP:
            case BPF_JMP32:
                return decodeJmp(pc, opc, dst, src, off, imm, strict);
            case BPF_LDX: {
                int mode0 = mode(opc);
                if (mode0 != BPF_MEM && !(mode0 == BPF_MEMSX && size(opc) != BPF_DW)) throw unknown(pc, opc);
                reg(pc, opc, dst, "dst");
                reg(pc, opc, src, "src");
                if (strict && imm != 0) throw reserved(pc, opc, "imm");
                return new Instruction.Load(Size.ofCode(opc), mode0 == BPF_MEMSX, dst, src, off);
            }
            case BPF_ST: {
                if (mode(opc) != BPF_MEM) throw unknown(pc, opc);
                reg(pc, opc, dst, "dst");
                if (strict && src != 0) throw reserved(pc, opc, "src");
                return new Instruction.Store(Size.ofCode(opc), dst, off, Operand.imm(imm));
            }
            case BPF_STX: {
                reg(pc, opc, dst, "dst");
                reg(pc, opc, src, "src");
                if (mode(opc) == BPF_MEM) {
                    if (strict && imm != 0) throw reserved(pc, opc, "imm");
                    return new Instruction.Store(Size.ofCode(opc), dst, off, Operand.reg(src));
                }
                if (mode(opc) != BPF_ATOMIC || (size(opc) != BPF_W && size(opc) != BPF_DW)) throw unknown(pc, opc);
                return decodeAtomic(pc, opc, dst, src, off, imm);
            }
            default: { // BPF_LD
                int m = mode(opc);
                if ((m != BPF_ABS && m != BPF_IND) || size(opc) == BPF_DW) {
                    if (opc == LD_IMM64) throw new DecodeException(pc, opc, "lddw needs two slots");
                    throw unknown(pc, opc);
                }
                boolean ind = m == BPF_IND;
                if (ind) reg(pc, opc, src, "src");
                if (strict) {
                    if (dst != 0) throw reserved(pc, opc, "dst");
                    if (off != 0) throw reserved(pc, opc, "off");
                    if (!ind && src != 0) throw reserved(pc, opc, "src");
                }
                return new Instruction.PacketLoad(Size.ofCode(opc), ind, ind ? src : 0, imm);
            }
        }
    }

    private static Instruction decodeLdImm64(int pc, long w, long next, Mode mode) {
        int dst = Insn.dst(w);
        int src = Insn.src(w);
        reg(pc, LD_IMM64, dst, "dst");
        if (src > BPF_PSEUDO_MAP_IDX_VALUE) {
            throw new DecodeException(pc, LD_IMM64, "lddw with unknown pseudo source " + src);
        }
        if (mode == Mode.STRICT) {
            if (Insn.off(w) != 0) throw reserved(pc, LD_IMM64, "off");
            if (Insn.opcode(next) != 0 || Insn.dst(next) != 0 || Insn.src(next) != 0 || Insn.off(next) != 0) {
                throw new DecodeException(pc + 1, Insn.opcode(next),
                        "second slot of lddw has non-zero opcode, registers or offset");
            }
        }
        return new Instruction.LoadImm64(dst, src, Insn.imm(w), Insn.imm(next));
    }

    private static Instruction decodeAlu(int pc, int opc, int dst, int src, short off, int imm, boolean strict) {
        boolean is64 = cls(opc) == BPF_ALU64;
        boolean x = srcBit(opc) == BPF_X;
        int op = op(opc);
        reg(pc, opc, dst, "dst");
        if (op == BPF_END) {
            if (is64 && x) throw unknown(pc, opc);
            if (imm != 16 && imm != 32 && imm != 64) {
                throw new DecodeException(pc, opc, "byte swap width must be 16, 32 or 64, not " + imm);
            }
            if (strict && src != 0) throw reserved(pc, opc, "src");
            if (strict && off != 0) throw reserved(pc, opc, "off");
            EndianKind k = is64 ? EndianKind.BSWAP : x ? EndianKind.TO_BE : EndianKind.TO_LE;
            return new Instruction.Endian(k, imm, dst);
        }
        if (op == BPF_NEG) {
            if (strict && (x || src != 0 || off != 0 || imm != 0)) throw reserved(pc, opc, "src/off/imm");
            return new Instruction.Alu(is64, AluOp.NEG, dst, Operand.imm(0));
        }
        if (op > BPF_END) throw unknown(pc, opc);
        AluOp aluOp = aluOp(op, off, is64, x, strict);
        if (aluOp == null) {
            throw new DecodeException(pc, opc, "invalid offset " + off + " for this ALU operation");
        }
        Operand source;
        if (x) {
            reg(pc, opc, src, "src");
            if (strict && imm != 0) throw reserved(pc, opc, "imm");
            source = Operand.reg(src);
        } else {
            if (strict && src != 0) throw reserved(pc, opc, "src");
            source = Operand.imm(imm);
        }
        return new Instruction.Alu(is64, aluOp, dst, source);
    }

    private static AluOp aluOp(int op, short off, boolean is64, boolean x, boolean strict) {
        switch (op) {
            case BPF_DIV: return off == 0 ? AluOp.DIV : off == 1 ? AluOp.SDIV : strict ? null : AluOp.DIV;
            case BPF_MOD: return off == 0 ? AluOp.MOD : off == 1 ? AluOp.SMOD : strict ? null : AluOp.MOD;
            case BPF_MOV:
                if (off == 0) return AluOp.MOV;
                if (x && off == 8) return AluOp.MOVSX8;
                if (x && off == 16) return AluOp.MOVSX16;
                if (x && off == 32 && is64) return AluOp.MOVSX32;
                return strict ? null : AluOp.MOV;
            default:
                if (strict && off != 0) return null;
                switch (op) {
                    case BPF_ADD: return AluOp.ADD;
                    case BPF_SUB: return AluOp.SUB;
                    case BPF_MUL: return AluOp.MUL;
                    case BPF_OR: return AluOp.OR;
                    case BPF_AND: return AluOp.AND;
                    case BPF_LSH: return AluOp.LSH;
                    case BPF_RSH: return AluOp.RSH;
                    case BPF_XOR: return AluOp.XOR;
                    default: return AluOp.ARSH;
                }
        }
    }

    private static Instruction decodeJmp(int pc, int opc, int dst, int src, short off, int imm, boolean strict) {
        boolean is32 = cls(opc) == BPF_JMP32;
        boolean x = srcBit(opc) == BPF_X;
        int op = op(opc);
        if (op == BPF_CALL) {
            if (is32) throw unknown(pc, opc);
            if (x) {
                // callx: register in dst (LLVM and the conformance suite; the kernel has no callx)
                reg(pc, opc, dst, "dst");
                if (strict && (src != 0 || off != 0 || imm != 0)) throw reserved(pc, opc, "src/off/imm");
                return new Instruction.CallX(dst);
            }
            if (src > BPF_PSEUDO_KFUNC_CALL) {
                throw new DecodeException(pc, opc, "call with unknown src " + src);
            }
            if (strict && dst != 0) throw reserved(pc, opc, "dst");
            if (strict && off != 0 && src != BPF_PSEUDO_KFUNC_CALL) throw reserved(pc, opc, "off");
            return new Instruction.Call(CallKind.values()[src], imm, off);
        }
        if (op == BPF_EXIT) {
            if (is32 || x) throw unknown(pc, opc);
            if (strict && (dst != 0 || src != 0 || off != 0 || imm != 0)) throw reserved(pc, opc, "dst/src/off/imm");
            return new Instruction.Exit();
        }
        JumpOp j = JumpOp.ofCode(op);
        if (j == null) throw unknown(pc, opc);
        if (j == JumpOp.JA) {
            if (x) throw unknown(pc, opc);
            if (strict && (dst != 0 || src != 0)) throw reserved(pc, opc, "dst/src");
            if (strict && (is32 ? off != 0 : imm != 0)) throw reserved(pc, opc, is32 ? "off" : "imm");
            return new Instruction.Jump(is32, JumpOp.JA, 0, Operand.imm(0), is32 ? imm : off);
        }
        reg(pc, opc, dst, "dst");
        Operand source;
        if (x) {
            reg(pc, opc, src, "src");
            if (strict && imm != 0) throw reserved(pc, opc, "imm");
            source = Operand.reg(src);
        } else {
            if (strict && src != 0) throw reserved(pc, opc, "src");
            source = Operand.imm(imm);
        }
        return new Instruction.Jump(is32, j, dst, source, off);
    }

    private static Instruction decodeAtomic(int pc, int opc, int dst, int src, short off, int imm) {
        boolean fetch = (imm & BPF_FETCH) != 0;
        AtomicOp op;
        switch (imm) {
            case BPF_ADD: case BPF_ADD | BPF_FETCH: op = AtomicOp.ADD; break;
            case BPF_OR: case BPF_OR | BPF_FETCH: op = AtomicOp.OR; break;
            case BPF_AND: case BPF_AND | BPF_FETCH: op = AtomicOp.AND; break;
            case BPF_XOR: case BPF_XOR | BPF_FETCH: op = AtomicOp.XOR; break;
            case BPF_XCHG: op = AtomicOp.XCHG; break;
            case BPF_CMPXCHG: op = AtomicOp.CMPXCHG; break;
            default:
                throw new DecodeException(pc, opc, String.format("unknown atomic operation imm=0x%x", imm));
        }
        return new Instruction.Atomic(Size.ofCode(opc), op, fetch, dst, src, off);
    }

    private static void reg(int pc, int opc, int r, String field) {
        if (r > FP) throw new DecodeException(pc, opc, "invalid register r" + r + " in " + field);
    }

    private static DecodeException unknown(int pc, int opc) {
        return new DecodeException(pc, opc, String.format("unknown opcode 0x%02x", opc));
    }

    private static DecodeException reserved(int pc, int opc, String field) {
        return new DecodeException(pc, opc, "reserved field " + field + " is not zero");
    }
}
