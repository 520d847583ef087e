package io.github.ebpf4j.verifier;

/**
 * Exact comparison of two verifier states (registers, stack bytes and spills), used to detect a
 * loop that comes back to its head without any change: the kernel's "infinite loop detected".
 * The kernel compares with liveness and precision (is_state_visited()); this exact comparison
 * finds the same endless loops, while state pruning proper is left to the follow-up issue.
 */
final class StateEquality {
    private StateEquality() {}

    static boolean equal(VerifierState a, VerifierState b) {
        if (a.curframe != b.curframe) return false;
        if (!java.util.Arrays.equals(a.refs, b.refs)) return false;
        for (int f = 0; f <= a.curframe; f++) {
            FuncState x = a.frames[f];
            FuncState y = b.frames[f];
            // the same function reached from another call is another state (states_equal())
            if (x.callsite != y.callsite) return false;
            for (int i = 0; i < x.regs.length; i++) {
                if (!regEqual(x.regs[i], y.regs[i])) return false;
            }
            for (int i = 0; i < FuncState.SLOTS; i++) {
                for (int k = 0; k < 8; k++) if (x.type(i * 8 + k) != y.type(i * 8 + k)) return false;
                if (x.isSpilled(i) && !regEqual(x.spill(i), y.spill(i))) return false;
            }
        }
        return true;
    }

    /** @return a hash consistent with {@link #equal} */
    static int hash(VerifierState s) {
        int h = s.curframe;
        for (int f = 0; f <= s.curframe; f++) {
            FuncState x = s.frames[f];
            for (RegState r : x.regs) h = h * 31 + regHash(r);
            for (int i = 0; i < FuncState.SLOTS; i++) {
                for (int k = 0; k < 8; k++) h = h * 31 + x.type(i * 8 + k);
                if (x.isSpilled(i)) h = h * 31 + regHash(x.spill(i));
            }
        }
        return h;
    }

    private static int regHash(RegState r) {
        if (r.type == RegType.NOT_INIT) return 0;
        return java.util.Objects.hash(r.type, r.off, r.varOff, r.smin, r.smax, r.umin, r.umax, r.s32min, r.s32max,
                r.u32min, r.u32max, r.range);
    }

    static boolean regEqual(RegState x, RegState y) {
        if (x.type != y.type) return false;
        if (x.type == RegType.NOT_INIT) return true;
        return x.maybeNull == y.maybeNull && x.rdonly == y.rdonly && x.ringbuf == y.ringbuf && x.off == y.off
                && x.varOff.equals(y.varOff) && x.smin == y.smin && x.smax == y.smax && x.umin == y.umin
                && x.umax == y.umax && x.s32min == y.s32min && x.s32max == y.s32max && x.u32min == y.u32min
                && x.u32max == y.u32max && x.range == y.range && x.mapIndex == y.mapIndex
                && x.memSize == y.memSize && x.frameno == y.frameno && x.subprogno == y.subprogno;
    }
}
