package io.github.ebpf4j.verifier;

import static io.github.ebpf4j.vm.isa.Bpf.*;

import io.github.ebpf4j.vm.helpers.HelperId;
import io.github.ebpf4j.vm.isa.Insn;

/**
 * Prints one instruction the way the kernel's verifier log does ({@code print_bpf_insn()} in
 * kernel/bpf/disasm.c): {@code (61) r1 = *(u32 *)(r1 +0)}, {@code (25) if r0 > 0xa goto pc+2}.
 * Works on raw fields so that malformed instructions still print.
 */
final class InsnPrinter {
    private InsnPrinter() {}

    private static final String[] ALU_OPS = {"+=", "-=", "*=", "/=", "|=", "&=", "<<=", ">>=", "neg", "%=", "^=",
        "=", "s>>=", "endian"};
    private static final String[] JMP_OPS = {"jmp", "==", ">", ">=", "&", "!=", "s>", "s>=", "call", "exit", "<",
        "<=", "s<", "s<="};
    private static final String[] SIZES = {"u32", "u16", "u8", "u64"};
    private static final String[] SSIZES = {"s32", "s16", "s8", "s64"};

    /**
     * @param w the slot
     * @param next the next slot (for LD_IMM64), or 0
     * @return the text after {@code N: }
     */
    static String print(long w, long next) {
        Insn i = Insn.decode(w);
        int code = i.opcode();
        int cls = code & 7;
        return String.format("(%02x) %s", code, body(i, cls, next));
    }

    private static String reg(boolean is32, int r) {
        return (is32 ? "w" : "r") + r;
    }

    private static String body(Insn i, int cls, long next) {
        int code = i.opcode();
        int op = code & 0xf0;
        boolean x = (code & BPF_X) != 0;
        int dst = i.dst();
        int src = i.src();
        int off = i.off();
        int imm = i.imm();
        switch (cls) {
            case BPF_ALU, BPF_ALU64 -> {
                boolean is32 = cls == BPF_ALU;
                String d = reg(is32, dst);
                if (op == BPF_END) {
                    String kind = cls == BPF_ALU64 ? "bswap" : x ? "be" : "le";
                    return "r" + dst + " = " + kind + imm + " r" + dst;
                }
                if (op == BPF_NEG) return d + " = -" + d;
                if (op == BPF_MOV && x && off != 0) {
                    return d + " = (s" + off + ")" + reg(is32, src);
                }
                if (op > BPF_END) return "invalid alu op";
                String sym = ALU_OPS[op >> 4];
                if (off == 1 && (op == BPF_DIV || op == BPF_MOD)) sym = "s" + sym;
                return d + " " + sym + " " + (x ? reg(is32, src) : Integer.toString(imm));
            }
            case BPF_STX -> {
                String sz = SIZES[(code >> 3) & 3];
                if ((code & 0xe0) == BPF_MEM) {
                    return String.format("*(%s *)(r%d %+d) = r%d", sz, dst, off, src);
                }
                if ((code & 0xe0) == BPF_ATOMIC) {
                    return atomic(imm, sz, dst, src, off, (code & 0x18) == BPF_DW);
                }
                return "BUG_st_" + Integer.toHexString(code);
            }
            case BPF_ST -> {
                return String.format("*(%s *)(r%d %+d) = %d", SIZES[(code >> 3) & 3], dst, off, imm);
            }
            case BPF_LDX -> {
                boolean sx = (code & 0xe0) == BPF_MEMSX;
                return String.format("r%d = *(%s *)(r%d %+d)", dst, (sx ? SSIZES : SIZES)[(code >> 3) & 3], src, off);
            }
            case BPF_LD -> {
                int mode = code & 0xe0;
                String sz = SIZES[(code >> 3) & 3];
                if (mode == BPF_ABS) return String.format("r0 = *(%s *)skb[%d]", sz, imm);
                if (mode == BPF_IND) return String.format("r0 = *(%s *)skb[r%d + %d]", sz, src, imm);
                if (code == LD_IMM64) {
                    if (src == BPF_PSEUDO_MAP_FD || src == BPF_PSEUDO_MAP_IDX) {
                        return String.format("r%d = map[id:%d]", dst, imm);
                    }
                    if (src == BPF_PSEUDO_MAP_VALUE || src == BPF_PSEUDO_MAP_IDX_VALUE) {
                        return String.format("r%d = map[id:%d][0]+%d", dst, imm, Insn.imm(next));
                    }
                    long v = ((long) Insn.imm(next) << 32) | (imm & 0xffffffffL);
                    return String.format("r%d = 0x%x", dst, v);
                }
                return "BUG_ld_" + Integer.toHexString(code);
            }
            default -> { // JMP, JMP32
                boolean is32 = cls == BPF_JMP32;
                if (op == BPF_CALL) {
                    if (src == BPF_PSEUDO_CALL) return String.format("call pc%+d", imm);
                    if (src == BPF_PSEUDO_KFUNC_CALL) return "call kernel-function";
                    HelperId h = HelperId.of(imm);
                    return "call " + (h == null || imm == 0 ? "unknown" : h.cName()) + "#" + imm;
                }
                if (op == BPF_EXIT) return "exit";
                if (op == BPF_JA) {
                    return is32 ? String.format("gotol pc%+d", imm) : String.format("goto pc%+d", off);
                }
                if ((op >> 4) >= JMP_OPS.length) return "invalid jmp op";
                String rhs = x ? reg(is32, src) : "0x" + Integer.toHexString(imm);
                return String.format("if %s %s %s goto pc%+d", reg(is32, dst), JMP_OPS[op >> 4], rhs, off);
            }
        }
    }

    private static String atomic(int imm, String sz, int dst, int src, int off, boolean dw) {
        String ptr = String.format("(%s *)(r%d %+d)", sz, dst, off);
        switch (imm) {
            case BPF_ADD: return String.format("lock *%s += r%d", ptr, src);
            case BPF_AND: return String.format("lock *%s &= r%d", ptr, src);
            case BPF_OR: return String.format("lock *%s |= r%d", ptr, src);
            case BPF_XOR: return String.format("lock *%s ^= r%d", ptr, src);
            case BPF_ADD | BPF_FETCH: return String.format("r%d = atomic%s_fetch_add(%s, r%d)", src, dw ? "64" : "", "*" + ptr, src);
            case BPF_AND | BPF_FETCH: return String.format("r%d = atomic%s_fetch_and(%s, r%d)", src, dw ? "64" : "", "*" + ptr, src);
            case BPF_OR | BPF_FETCH: return String.format("r%d = atomic%s_fetch_or(%s, r%d)", src, dw ? "64" : "", "*" + ptr, src);
            case BPF_XOR | BPF_FETCH: return String.format("r%d = atomic%s_fetch_xor(%s, r%d)", src, dw ? "64" : "", "*" + ptr, src);
            case BPF_XCHG: return String.format("r%d = atomic%s_xchg(%s, r%d)", src, dw ? "64" : "", "*" + ptr, src);
            case BPF_CMPXCHG: return String.format("r0 = atomic%s_cmpxchg(%s, r0, r%d)", dw ? "64" : "", "*" + ptr, src);
            default: return "BUG_atomic";
        }
    }
}
