package io.github.ebpf4j.verifier;

import static io.github.ebpf4j.vm.isa.Bpf.*;

/**
 * Conditional jumps on scalars and pointers: which outcome the bounds prove
 * ({@code is_branch_taken()}) and what each outcome teaches about the operands
 * ({@code regs_refine_cond_op()}), as in kernel/bpf/verifier.c. Opcodes are the kernel's
 * {@code BPF_J*} operation bits; {@link #JSET_NOT} stands for "dst &amp; src == 0".
 */
final class Branches {
    private Branches() {}

    /** The kernel's rev_opcode(BPF_JSET): BPF_JSET | BPF_X, meaning "no bit in common". */
    static final int JSET_NOT = BPF_JSET | BPF_X;

    /** flip_opcode(): the condition with operands swapped. */
    static int flip(int op) {
        return switch (op) {
            case BPF_JGT -> BPF_JLT;
            case BPF_JLT -> BPF_JGT;
            case BPF_JGE -> BPF_JLE;
            case BPF_JLE -> BPF_JGE;
            case BPF_JSGT -> BPF_JSLT;
            case BPF_JSLT -> BPF_JSGT;
            case BPF_JSGE -> BPF_JSLE;
            case BPF_JSLE -> BPF_JSGE;
            default -> op;
        };
    }

    /** rev_opcode(): the negated condition. */
    static int rev(int op) {
        return switch (op) {
            case BPF_JEQ -> BPF_JNE;
            case BPF_JNE -> BPF_JEQ;
            case BPF_JSET -> JSET_NOT;
            case JSET_NOT -> BPF_JSET;
            case BPF_JGT -> BPF_JLE;
            case BPF_JLE -> BPF_JGT;
            case BPF_JGE -> BPF_JLT;
            case BPF_JLT -> BPF_JGE;
            case BPF_JSGT -> BPF_JSLE;
            case BPF_JSLE -> BPF_JSGT;
            case BPF_JSGE -> BPF_JSLT;
            case BPF_JSLT -> BPF_JSGE;
            default -> op;
        };
    }

    /**
     * is_branch_taken().
     *
     * @return 1 if the jump is always taken, 0 if never, -1 if unknown
     */
    static int isBranchTaken(RegState r1, RegState r2, int op, boolean is32) {
        if (r1.type.isPktPointer() || r1.type == RegType.PTR_TO_PACKET_END) {
            if ((r2.type.isPktPointer() || r2.type == RegType.PTR_TO_PACKET_END) && !is32) {
                return pktBranchTaken(r1, r2, op);
            }
        }
        if (r1.isPointer() || r2.isPointer()) {
            if (!r2.isConst(is32)) {
                op = flip(op);
                RegState t = r1;
                r1 = r2;
                r2 = t;
            }
            if (!r2.isConst(is32)) return -1;
            if (!r1.notNull()) return -1;
            if (r2.constValue(is32) != 0) return -1;
            return switch (op) {
                case BPF_JEQ -> 0;
                case BPF_JNE -> 1;
                default -> -1;
            };
        }
        return scalarBranchTaken(r1, r2, op, is32);
    }

    private static int pktBranchTaken(RegState dst, RegState src, int op) {
        RegState pkt;
        if (src.type == RegType.PTR_TO_PACKET_END) {
            pkt = dst;
        } else if (dst.type == RegType.PTR_TO_PACKET_END) {
            pkt = src;
            op = flip(op);
        } else {
            return -1;
        }
        if (pkt.range >= 0) return -1;
        switch (op) {
            case BPF_JLE:
            case BPF_JGT:
                if (pkt.range == RegState.BEYOND_PKT_END) return op == BPF_JGT ? 1 : 0;
                break;
            case BPF_JLT:
            case BPF_JGE:
                if (pkt.range == RegState.BEYOND_PKT_END || pkt.range == RegState.AT_PKT_END) {
                    return op == BPF_JGE ? 1 : 0;
                }
                break;
            default:
                break;
        }
        return -1;
    }

    private static int scalarBranchTaken(RegState r1, RegState r2, int op, boolean is32) {
        Tnum t1 = is32 ? r1.varOff.subreg() : r1.varOff;
        Tnum t2 = is32 ? r2.varOff.subreg() : r2.varOff;
        long umin1 = is32 ? Integer.toUnsignedLong(r1.u32min) : r1.umin;
        long umax1 = is32 ? Integer.toUnsignedLong(r1.u32max) : r1.umax;
        long smin1 = is32 ? r1.s32min : r1.smin;
        long smax1 = is32 ? r1.s32max : r1.smax;
        long umin2 = is32 ? Integer.toUnsignedLong(r2.u32min) : r2.umin;
        long umax2 = is32 ? Integer.toUnsignedLong(r2.u32max) : r2.umax;
        long smin2 = is32 ? r2.s32min : r2.smin;
        long smax2 = is32 ? r2.s32max : r2.smax;
        switch (op) {
            case BPF_JEQ:
                if (t1.isConst() && t2.isConst()) return t1.value() == t2.value() ? 1 : 0;
                if (ugt(umin1, umax2) || ult(umax1, umin2)) return 0;
                if (smin1 > smax2 || smax1 < smin2) return 0;
                if (!is32) {
                    if (Integer.compareUnsigned(r1.u32min, r2.u32max) > 0
                            || Integer.compareUnsigned(r1.u32max, r2.u32min) < 0) return 0;
                    if (r1.s32min > r2.s32max || r1.s32max < r2.s32min) return 0;
                }
                break;
            case BPF_JNE:
                if (t1.isConst() && t2.isConst()) return t1.value() != t2.value() ? 1 : 0;
                if (ugt(umin1, umax2) || ult(umax1, umin2)) return 1;
                if (smin1 > smax2 || smax1 < smin2) return 1;
                if (!is32) {
                    if (Integer.compareUnsigned(r1.u32min, r2.u32max) > 0
                            || Integer.compareUnsigned(r1.u32max, r2.u32min) < 0) return 1;
                    if (r1.s32min > r2.s32max || r1.s32max < r2.s32min) return 1;
                }
                break;
            case BPF_JSET:
                if (!r2.isConst(is32)) {
                    RegState t = r1;
                    r1 = r2;
                    r2 = t;
                    Tnum tt = t1;
                    t1 = t2;
                    t2 = tt;
                }
                if (!r2.isConst(is32)) return -1;
                if (((~t1.mask() & t1.value()) & t2.value()) != 0) return 1;
                if (((t1.mask() | t1.value()) & t2.value()) == 0) return 0;
                break;
            case BPF_JGT:
                if (ugt(umin1, umax2)) return 1;
                if (!ugt(umax1, umin2)) return 0;
                break;
            case BPF_JSGT:
                if (smin1 > smax2) return 1;
                if (smax1 <= smin2) return 0;
                break;
            case BPF_JLT:
                if (ult(umax1, umin2)) return 1;
                if (!ult(umin1, umax2)) return 0;
                break;
            case BPF_JSLT:
                if (smax1 < smin2) return 1;
                if (smin1 >= smax2) return 0;
                break;
            case BPF_JGE:
                if (!ult(umin1, umax2)) return 1;
                if (ult(umax1, umin2)) return 0;
                break;
            case BPF_JSGE:
                if (smin1 >= smax2) return 1;
                if (smax1 < smin2) return 0;
                break;
            case BPF_JLE:
                if (!ugt(umax1, umin2)) return 1;
                if (ugt(umin1, umax2)) return 0;
                break;
            case BPF_JSLE:
                if (smax1 <= smin2) return 1;
                if (smin1 > smax2) return 0;
                break;
            default:
                break;
        }
        return -1;
    }

    private static boolean ugt(long a, long b) {
        return Long.compareUnsigned(a, b) > 0;
    }

    private static boolean ult(long a, long b) {
        return Long.compareUnsigned(a, b) < 0;
    }

    /**
     * reg_set_min_max(): refines the scalars of both outcomes.
     *
     * @param t1 dst in the jump-taken state
     * @param t2 src in the jump-taken state
     * @param f1 dst in the fall-through state
     * @param f2 src in the fall-through state
     */
    static void setMinMax(RegState t1, RegState t2, RegState f1, RegState f2, int op, boolean is32) {
        if (f1.type != RegType.SCALAR_VALUE || f2.type != RegType.SCALAR_VALUE) return;
        refine(f1, f2, rev(op), is32);
        f1.boundsSync();
        f2.boundsSync();
        refine(t1, t2, op, is32);
        t1.boundsSync();
        t2.boundsSync();
    }

    /** regs_refine_cond_op(). */
    static void refine(RegState r1, RegState r2, int op, boolean is32) {
        switch (op) {
            case BPF_JGE, BPF_JGT, BPF_JSGE, BPF_JSGT -> {
                op = flip(op);
                RegState t = r1;
                r1 = r2;
                r2 = t;
            }
            default -> { }
        }
        switch (op) {
            case BPF_JEQ -> {
                if (is32) {
                    r1.u32min = RegState.umax32(r1.u32min, r2.u32min);
                    r1.u32max = RegState.umin32(r1.u32max, r2.u32max);
                    r1.s32min = Math.max(r1.s32min, r2.s32min);
                    r1.s32max = Math.min(r1.s32max, r2.s32max);
                    r2.u32min = r1.u32min;
                    r2.u32max = r1.u32max;
                    r2.s32min = r1.s32min;
                    r2.s32max = r1.s32max;
                    Tnum t = r1.varOff.subreg().intersect(r2.varOff.subreg());
                    r1.varOff = r1.varOff.withSubreg(t);
                    r2.varOff = r2.varOff.withSubreg(t);
                } else {
                    r1.umin = RegState.umax64(r1.umin, r2.umin);
                    r1.umax = RegState.umin64(r1.umax, r2.umax);
                    r1.smin = Math.max(r1.smin, r2.smin);
                    r1.smax = Math.min(r1.smax, r2.smax);
                    r2.umin = r1.umin;
                    r2.umax = r1.umax;
                    r2.smin = r1.smin;
                    r2.smax = r1.smax;
                    r1.varOff = r1.varOff.intersect(r2.varOff);
                    r2.varOff = r1.varOff;
                }
            }
            case BPF_JNE -> {
                if (!r2.isConst(is32)) {
                    RegState t = r1;
                    r1 = r2;
                    r2 = t;
                }
                if (!r2.isConst(is32)) return;
                long val = r2.constValue(is32);
                if (is32) {
                    if (r1.u32min == (int) val) r1.u32min++;
                    if (r1.u32max == (int) val) r1.u32max--;
                    if (r1.s32min == (int) val) r1.s32min++;
                    if (r1.s32max == (int) val) r1.s32max--;
                } else {
                    if (r1.umin == val) r1.umin++;
                    if (r1.umax == val) r1.umax--;
                    if (r1.smin == val) r1.smin++;
                    if (r1.smax == val) r1.smax--;
                }
            }
            case BPF_JSET -> {
                if (!r2.isConst(is32)) {
                    RegState t = r1;
                    r1 = r2;
                    r2 = t;
                }
                if (!r2.isConst(is32)) return;
                long val = r2.constValue(is32);
                if (val == 0 || (val & (val - 1)) != 0) return;
                if (is32) {
                    Tnum t = r1.varOff.subreg().or(Tnum.constant(val));
                    r1.varOff = r1.varOff.withSubreg(t);
                } else {
                    r1.varOff = r1.varOff.or(Tnum.constant(val));
                }
            }
            case JSET_NOT -> {
                if (!r2.isConst(is32)) {
                    RegState t = r1;
                    r1 = r2;
                    r2 = t;
                }
                if (!r2.isConst(is32)) return;
                long val = r2.constValue(is32);
                r1.markUnbounded();
                if (is32) {
                    Tnum t = r1.varOff.subreg().and(Tnum.constant(~val));
                    r1.varOff = r1.varOff.withSubreg(t);
                } else {
                    r1.varOff = r1.varOff.and(Tnum.constant(~val));
                }
            }
            case BPF_JLE -> {
                if (is32) {
                    r1.u32max = RegState.umin32(r1.u32max, r2.u32max);
                    r2.u32min = RegState.umax32(r1.u32min, r2.u32min);
                } else {
                    r1.umax = RegState.umin64(r1.umax, r2.umax);
                    r2.umin = RegState.umax64(r1.umin, r2.umin);
                }
            }
            case BPF_JLT -> {
                if (is32) {
                    r1.u32max = RegState.umin32(r1.u32max, r2.u32max - 1);
                    r2.u32min = RegState.umax32(r1.u32min + 1, r2.u32min);
                } else {
                    r1.umax = RegState.umin64(r1.umax, r2.umax - 1);
                    r2.umin = RegState.umax64(r1.umin + 1, r2.umin);
                }
            }
            case BPF_JSLE -> {
                if (is32) {
                    r1.s32max = Math.min(r1.s32max, r2.s32max);
                    r2.s32min = Math.max(r1.s32min, r2.s32min);
                } else {
                    r1.smax = Math.min(r1.smax, r2.smax);
                    r2.smin = Math.max(r1.smin, r2.smin);
                }
            }
            case BPF_JSLT -> {
                if (is32) {
                    r1.s32max = Math.min(r1.s32max, r2.s32max - 1);
                    r2.s32min = Math.max(r1.s32min + 1, r2.s32min);
                } else {
                    r1.smax = Math.min(r1.smax, r2.smax - 1);
                    r2.smin = Math.max(r1.smin + 1, r2.smin);
                }
            }
            default -> { }
        }
    }
}
