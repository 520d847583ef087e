package io.github.ebpf4j.verifier;

import io.github.ebpf4j.vm.isa.AluOp;

/**
 * Bounds tracking of scalar ALU operations: mirrors {@code adjust_scalar_min_max_vals()} and the
 * {@code scalar(32)_min_max_*()} functions of kernel/bpf/verifier.c, for both widths.
 */
final class ScalarAlu {
    private ScalarAlu() {}

    /** is_safe_to_compute_dst_reg_range(). */
    static boolean safeToCompute(AluOp op, boolean alu64, RegState src) {
        boolean srcConst;
        if (!alu64) {
            srcConst = src.varOff.subreg().isConst() && src.s32min == src.s32max && src.u32min == src.u32max;
        } else {
            srcConst = src.varOff.isConst() && src.smin == src.smax && src.umin == src.umax;
        }
        return switch (op) {
            case ADD, SUB, NEG, AND, XOR, OR, MUL -> true;
            case LSH, RSH, ARSH -> srcConst && Long.compareUnsigned(src.umax, alu64 ? 64 : 32) < 0;
            default -> false;
        };
    }

    /**
     * Applies {@code dst = dst op src} to two scalars.
     *
     * @param op operation (MOV is handled elsewhere)
     * @param alu64 64-bit (ALU64) or 32-bit (ALU) instruction
     * @param dst destination, updated in place
     * @param src source (a copy; not modified)
     */
    static void apply(AluOp op, boolean alu64, RegState dst, RegState src) {
        if (!safeToCompute(op, alu64, src)) {
            dst.markUnknown();
            return;
        }
        switch (op) {
            case ADD -> {
                add32(dst, src);
                add64(dst, src);
                dst.varOff = dst.varOff.add(src.varOff);
            }
            case SUB -> {
                sub32(dst, src);
                sub64(dst, src);
                dst.varOff = dst.varOff.sub(src.varOff);
            }
            case NEG -> {
                RegState old = dst.copy();
                dst.setKnownBounds(0);
                sub32(dst, old);
                sub64(dst, old);
                dst.varOff = old.varOff.neg();
            }
            case MUL -> {
                dst.varOff = dst.varOff.mul(src.varOff);
                mul32(dst, src);
                mul64(dst, src);
            }
            case AND -> {
                dst.varOff = dst.varOff.and(src.varOff);
                and32(dst, src);
                and64(dst, src);
            }
            case OR -> {
                dst.varOff = dst.varOff.or(src.varOff);
                or32(dst, src);
                or64(dst, src);
            }
            case XOR -> {
                dst.varOff = dst.varOff.xor(src.varOff);
                xor32(dst, src);
                xor64(dst, src);
            }
            case LSH -> {
                if (alu64) lsh64(dst, src); else lsh32(dst, src);
            }
            case RSH -> {
                if (alu64) rsh64(dst, src); else rsh32(dst, src);
            }
            case ARSH -> {
                if (alu64) arsh64(dst, src); else arsh32(dst, src);
            }
            default -> dst.markUnknown();
        }
        if (!alu64) dst.zext32To64();
        dst.boundsSync();
    }

    /** The add part of sync_linked_regs(): bounds and tnum of r + delta (no sync). */
    static void addConst(RegState r, RegState delta) {
        add32(r, delta);
        add64(r, delta);
        r.varOff = r.varOff.add(delta.varOff);
    }

    // ---- add / sub ----

    private static void add32(RegState d, RegState s) {
        long smin = (long) d.s32min + s.s32min;
        long smax = (long) d.s32max + s.s32max;
        if (smin != (int) smin || smax != (int) smax) {
            d.s32min = Integer.MIN_VALUE;
            d.s32max = Integer.MAX_VALUE;
        } else {
            d.s32min = (int) smin;
            d.s32max = (int) smax;
        }
        long umin = Integer.toUnsignedLong(d.u32min) + Integer.toUnsignedLong(s.u32min);
        long umax = Integer.toUnsignedLong(d.u32max) + Integer.toUnsignedLong(s.u32max);
        boolean minOv = umin > 0xffffffffL;
        boolean maxOv = umax > 0xffffffffL;
        d.u32min = (int) umin;
        d.u32max = (int) umax;
        if (!minOv && maxOv) {
            d.u32min = 0;
            d.u32max = -1;
        }
    }

    private static void add64(RegState d, RegState s) {
        long smin = d.smin + s.smin;
        long smax = d.smax + s.smax;
        boolean ov = ((d.smin ^ smin) & (s.smin ^ smin)) < 0 || ((d.smax ^ smax) & (s.smax ^ smax)) < 0;
        if (ov) {
            d.smin = Long.MIN_VALUE;
            d.smax = Long.MAX_VALUE;
        } else {
            d.smin = smin;
            d.smax = smax;
        }
        long umin = d.umin + s.umin;
        long umax = d.umax + s.umax;
        boolean minOv = Long.compareUnsigned(umin, d.umin) < 0;
        boolean maxOv = Long.compareUnsigned(umax, d.umax) < 0;
        d.umin = umin;
        d.umax = umax;
        if (!minOv && maxOv) {
            d.umin = 0;
            d.umax = -1L;
        }
    }

    private static void sub32(RegState d, RegState s) {
        long smin = (long) d.s32min - s.s32max;
        long smax = (long) d.s32max - s.s32min;
        if (smin != (int) smin || smax != (int) smax) {
            d.s32min = Integer.MIN_VALUE;
            d.s32max = Integer.MAX_VALUE;
        } else {
            d.s32min = (int) smin;
            d.s32max = (int) smax;
        }
        boolean minUnder = Integer.compareUnsigned(d.u32min, s.u32max) < 0;
        boolean maxUnder = Integer.compareUnsigned(d.u32max, s.u32min) < 0;
        d.u32min = d.u32min - s.u32max;
        d.u32max = d.u32max - s.u32min;
        if (minUnder && !maxUnder) {
            d.u32min = 0;
            d.u32max = -1;
        }
    }

    private static void sub64(RegState d, RegState s) {
        long smin = d.smin - s.smax;
        long smax = d.smax - s.smin;
        boolean ov = ((d.smin ^ s.smax) & (d.smin ^ smin)) < 0 || ((d.smax ^ s.smin) & (d.smax ^ smax)) < 0;
        if (ov) {
            d.smin = Long.MIN_VALUE;
            d.smax = Long.MAX_VALUE;
        } else {
            d.smin = smin;
            d.smax = smax;
        }
        boolean minUnder = Long.compareUnsigned(d.umin, s.umax) < 0;
        boolean maxUnder = Long.compareUnsigned(d.umax, s.umin) < 0;
        d.umin = d.umin - s.umax;
        d.umax = d.umax - s.umin;
        if (minUnder && !maxUnder) {
            d.umin = 0;
            d.umax = -1L;
        }
    }

    // ---- mul ----

    private static void mul32(RegState d, RegState s) {
        long umax = Integer.toUnsignedLong(d.u32max) * Integer.toUnsignedLong(s.u32max);
        long umin = Integer.toUnsignedLong(d.u32min) * Integer.toUnsignedLong(s.u32min);
        // both factors are below 2^32, so the product fits 64 bits unsigned
        if (Long.compareUnsigned(umax, 0xffffffffL) > 0 || Long.compareUnsigned(umin, 0xffffffffL) > 0) {
            d.u32min = 0;
            d.u32max = -1;
        } else {
            d.u32min = (int) umin;
            d.u32max = (int) umax;
        }
        long p0 = (long) d.s32min * s.s32min;
        long p1 = (long) d.s32min * s.s32max;
        long p2 = (long) d.s32max * s.s32min;
        long p3 = (long) d.s32max * s.s32max;
        if (p0 != (int) p0 || p1 != (int) p1 || p2 != (int) p2 || p3 != (int) p3) {
            d.s32min = Integer.MIN_VALUE;
            d.s32max = Integer.MAX_VALUE;
        } else {
            d.s32min = (int) Math.min(Math.min(p0, p1), Math.min(p2, p3));
            d.s32max = (int) Math.max(Math.max(p0, p1), Math.max(p2, p3));
        }
    }

    private static boolean umulOverflows(long a, long b) {
        // Java 17 has no unsignedMultiplyHigh: derive it from the signed high half
        long hi = Math.multiplyHigh(a, b) + ((a >> 63) & b) + ((b >> 63) & a);
        return hi != 0;
    }

    private static void mul64(RegState d, RegState s) {
        if (umulOverflows(d.umax, s.umax) || umulOverflows(d.umin, s.umin)) {
            d.umin = 0;
            d.umax = -1L;
        } else {
            d.umin = d.umin * s.umin;
            d.umax = d.umax * s.umax;
        }
        // signed products of the bounds' corners; any overflow makes the result unbounded
        long a = d.smin * s.smin;
        long b = d.smin * s.smax;
        long c = d.smax * s.smin;
        long e = d.smax * s.smax;
        if (smulOverflows(d.smin, s.smin, a) || smulOverflows(d.smin, s.smax, b)
                || smulOverflows(d.smax, s.smin, c) || smulOverflows(d.smax, s.smax, e)) {
            d.smin = Long.MIN_VALUE;
            d.smax = Long.MAX_VALUE;
        } else {
            d.smin = Math.min(Math.min(a, b), Math.min(c, e));
            d.smax = Math.max(Math.max(a, b), Math.max(c, e));
        }
    }

    /** @return whether x * y (whose low 64 bits are {@code low}) overflows a signed 64-bit value */
    private static boolean smulOverflows(long x, long y, long low) {
        return Math.multiplyHigh(x, y) != (low >> 63);
    }

    // ---- bitwise ----

    private static void signFrom32Unsigned(RegState d) {
        if (d.u32min <= d.u32max) { // (s32)u32_min <= (s32)u32_max
            d.s32min = d.u32min;
            d.s32max = d.u32max;
        } else {
            d.s32min = Integer.MIN_VALUE;
            d.s32max = Integer.MAX_VALUE;
        }
    }

    private static void signFrom64Unsigned(RegState d) {
        if (d.umin <= d.umax) { // (s64)umin <= (s64)umax
            d.smin = d.umin;
            d.smax = d.umax;
        } else {
            d.smin = Long.MIN_VALUE;
            d.smax = Long.MAX_VALUE;
        }
    }

    private static void and32(RegState d, RegState s) {
        boolean srcKnown = s.varOff.subreg().isConst();
        boolean dstKnown = d.varOff.subreg().isConst();
        Tnum v = d.varOff.subreg();
        if (srcKnown && dstKnown) {
            d.markReg32Known(v.value());
            return;
        }
        d.u32min = (int) v.value();
        d.u32max = RegState.umin32(d.u32max, s.u32max);
        signFrom32Unsigned(d);
    }

    private static void and64(RegState d, RegState s) {
        if (s.varOff.isConst() && d.varOff.isConst()) {
            d.setKnownBounds(d.varOff.value());
            return;
        }
        d.umin = d.varOff.value();
        d.umax = RegState.umin64(d.umax, s.umax);
        signFrom64Unsigned(d);
        d.updateBounds();
    }

    private static void or32(RegState d, RegState s) {
        boolean srcKnown = s.varOff.subreg().isConst();
        boolean dstKnown = d.varOff.subreg().isConst();
        Tnum v = d.varOff.subreg();
        if (srcKnown && dstKnown) {
            d.markReg32Known(v.value());
            return;
        }
        d.u32min = RegState.umax32(d.u32min, s.u32min);
        d.u32max = (int) (v.value() | v.mask());
        signFrom32Unsigned(d);
    }

    private static void or64(RegState d, RegState s) {
        if (s.varOff.isConst() && d.varOff.isConst()) {
            d.setKnownBounds(d.varOff.value());
            return;
        }
        d.umin = RegState.umax64(d.umin, s.umin);
        d.umax = d.varOff.value() | d.varOff.mask();
        signFrom64Unsigned(d);
        d.updateBounds();
    }

    private static void xor32(RegState d, RegState s) {
        boolean srcKnown = s.varOff.subreg().isConst();
        boolean dstKnown = d.varOff.subreg().isConst();
        Tnum v = d.varOff.subreg();
        if (srcKnown && dstKnown) {
            d.markReg32Known(v.value());
            return;
        }
        d.u32min = (int) v.value();
        d.u32max = (int) (v.value() | v.mask());
        signFrom32Unsigned(d);
    }

    private static void xor64(RegState d, RegState s) {
        if (s.varOff.isConst() && d.varOff.isConst()) {
            d.setKnownBounds(d.varOff.value());
            return;
        }
        d.umin = d.varOff.value();
        d.umax = d.varOff.value() | d.varOff.mask();
        signFrom64Unsigned(d);
        d.updateBounds();
    }

    // ---- shifts ----

    private static void lsh32Bounds(RegState d, long uminVal, long umaxVal) {
        d.s32min = Integer.MIN_VALUE;
        d.s32max = Integer.MAX_VALUE;
        if (umaxVal > 31 || Integer.toUnsignedLong(d.u32max) > (1L << (31 - umaxVal))) {
            d.u32min = 0;
            d.u32max = -1;
        } else {
            d.u32min <<= uminVal;
            d.u32max <<= umaxVal;
        }
    }

    private static void lsh32(RegState d, RegState s) {
        long umaxVal = Integer.toUnsignedLong(s.u32max);
        long uminVal = Integer.toUnsignedLong(s.u32min);
        Tnum sub = d.varOff.subreg();
        lsh32Bounds(d, uminVal, umaxVal);
        d.varOff = sub.lshift((int) uminVal).subreg();
        d.mark64Unbounded();
        d.update32Bounds();
    }

    private static void lsh64(RegState d, RegState s) {
        long umaxVal = s.umax;
        long uminVal = s.umin;
        if (uminVal == 32 && umaxVal == 32 && d.s32max >= 0) {
            d.smax = (long) d.s32max << 32;
        } else {
            d.smax = Long.MAX_VALUE;
        }
        if (uminVal == 32 && umaxVal == 32 && d.s32min >= 0) {
            d.smin = (long) d.s32min << 32;
        } else {
            d.smin = Long.MIN_VALUE;
        }
        if (Long.compareUnsigned(d.umax, 1L << (63 - umaxVal)) > 0) {
            d.umin = 0;
            d.umax = -1L;
        } else {
            d.umin <<= uminVal;
            d.umax <<= umaxVal;
        }
        lsh32Bounds(d, uminVal, umaxVal);
        d.varOff = d.varOff.lshift((int) uminVal);
        d.updateBounds();
    }

    private static void rsh32(RegState d, RegState s) {
        Tnum sub = d.varOff.subreg();
        int umaxVal = s.u32max;
        int uminVal = s.u32min;
        d.s32min = Integer.MIN_VALUE;
        d.s32max = Integer.MAX_VALUE;
        d.varOff = sub.rshift(uminVal);
        d.u32min = d.u32min >>> umaxVal;
        d.u32max = d.u32max >>> uminVal;
        d.mark64Unbounded();
        d.update32Bounds();
    }

    private static void rsh64(RegState d, RegState s) {
        int umaxVal = (int) s.umax;
        int uminVal = (int) s.umin;
        d.smin = Long.MIN_VALUE;
        d.smax = Long.MAX_VALUE;
        d.varOff = d.varOff.rshift(uminVal);
        d.umin = d.umin >>> umaxVal;
        d.umax = d.umax >>> uminVal;
        d.mark32Unbounded();
        d.updateBounds();
    }

    private static void arsh32(RegState d, RegState s) {
        int uminVal = s.u32min;
        d.s32min = d.s32min >> uminVal;
        d.s32max = d.s32max >> uminVal;
        d.varOff = d.varOff.subreg().arshift(uminVal, 32);
        d.u32min = 0;
        d.u32max = -1;
        d.mark64Unbounded();
        d.update32Bounds();
    }

    private static void arsh64(RegState d, RegState s) {
        int uminVal = (int) s.umin;
        d.smin >>= uminVal;
        d.smax >>= uminVal;
        d.varOff = d.varOff.arshift(uminVal, 64);
        d.umin = 0;
        d.umax = -1L;
        d.mark32Unbounded();
        d.updateBounds();
    }
}
