package io.github.ebpf4j.verifier;

/**
 * Whether a state already explored covers the current one: the kernel's {@code states_equal()},
 * {@code regsafe()} and {@code stacksafe()} with an id map ({@code check_ids()}), register
 * liveness from {@link Liveness} and precision marks. Three strengths, as the kernel's
 * {@code enum exact_level}: {@link Mode#NOT_EXACT} for pruning against fully explored states
 * (imprecise scalars match anything), {@link Mode#RANGE_WITHIN} (every scalar compared by range),
 * and {@link Mode#EXACT} for infinite-loop detection.
 */
final class StatesEqual {
    /** How strictly to compare. */
    enum Mode { NOT_EXACT, RANGE_WITHIN, EXACT }

    private static final int ID_MAP_SIZE = 600;

    private final Liveness live;
    private final int[] oldIds = new int[ID_MAP_SIZE];
    private final int[] curIds = new int[ID_MAP_SIZE];
    private int idCount;
    private int tmpIdGen;

    StatesEqual(Liveness live) {
        this.live = live;
    }

    /**
     * @param old a state recorded at this instruction
     * @param cur the current state
     * @param idGen the verifier's id generator (fresh ids for scalars without one start above it)
     * @param cleanStack whether dead stack slots of {@code old} are ignored (old fully explored)
     */
    boolean equal(VerifierState old, VerifierState cur, Mode mode, int idGen, boolean cleanStack) {
        if (old.curframe != cur.curframe) return false;
        idCount = 0;
        tmpIdGen = idGen;
        if (old.refs.length != cur.refs.length) return false;
        for (int i = 0; i < old.refs.length; i++) {
            if (!checkIds(old.refs[i], cur.refs[i])) return false;
        }
        for (int f = 0; f <= old.curframe; f++) {
            FuncState o = old.frames[f];
            FuncState c = cur.frames[f];
            if (o.callsite != c.callsite) return false;
            int insn = f == old.curframe ? old.insnIdx : old.frames[f + 1].callsite;
            if (!funcEqual(o, c, insn, mode, cleanStack)) return false;
        }
        return true;
    }

    private boolean funcEqual(FuncState o, FuncState c, int insn, Mode mode, boolean cleanStack) {
        // fewer callback walks pushed from this frame: the old state did not cover this one's
        if (o.callbackDepth > c.callbackDepth) return false;
        int liveRegs = live.regsLiveBefore(insn);
        for (int i = 0; i < o.regs.length; i++) {
            if ((liveRegs & (1 << i)) != 0 && !regsafe(o.regs[i], c.regs[i], mode)) return false;
        }
        long liveSlots = cleanStack ? live.stackLiveBefore(insn) : -1L;
        return stacksafe(o, c, mode, liveSlots);
    }

    /**
     * states_maybe_looping(): the current frame's registers are the same, bit for bit (ids
     * included), before the exact comparison is worth making.
     */
    static boolean maybeLooping(VerifierState old, VerifierState cur) {
        if (old.curframe != cur.curframe) return false;
        RegState[] o = old.cur().regs;
        RegState[] c = cur.cur().regs;
        for (int i = 0; i < o.length; i++) {
            if (!sameBits(o[i], c[i])) return false;
        }
        return true;
    }

    private static boolean sameBits(RegState x, RegState y) {
        if (x.type != y.type) return false;
        if (x.type == RegType.NOT_INIT) return true;
        return x.maybeNull == y.maybeNull && x.rdonly == y.rdonly && x.ringbuf == y.ringbuf && x.off == y.off
                && x.varOff.equals(y.varOff) && x.smin == y.smin && x.smax == y.smax && x.umin == y.umin
                && x.umax == y.umax && x.s32min == y.s32min && x.s32max == y.s32max && x.u32min == y.u32min
                && x.u32max == y.u32max && x.range == y.range && x.mapIndex == y.mapIndex
                && x.memSize == y.memSize && x.frameno == y.frameno && x.subprogno == y.subprogno
                && x.id == y.id && x.refObjId == y.refObjId;
    }

    /** regsafe(). */
    boolean regsafe(RegState o, RegState c, Mode mode) {
        if (mode == Mode.EXACT) return regsExact(o, c);
        if (o.type == RegType.NOT_INIT) {
            if (mode == Mode.NOT_EXACT || c.type == RegType.NOT_INIT) return true;
        }
        if (!sameType(o, c)) return false;
        switch (o.type) {
            case SCALAR_VALUE -> {
                if (!o.precise && mode == Mode.NOT_EXACT) return true;
                if (o.addConst != c.addConst) return false;
                if (o.addConst && o.off != c.off) return false;
                return rangeWithin(o, c) && o.varOff.contains(c.varOff) && checkScalarIds(o.id, c.id);
            }
            case PTR_TO_MAP_KEY, PTR_TO_MAP_VALUE, PTR_TO_MEM -> {
                return o.off == c.off && sameUnion(o, c) && rangeWithin(o, c) && o.varOff.contains(c.varOff)
                        && checkIds(o.id, c.id) && checkIds(o.refObjId, c.refObjId);
            }
            case PTR_TO_PACKET, PTR_TO_PACKET_META -> {
                if (o.range < 0 || c.range < 0) {
                    if (o.range != c.range) return false;
                } else if (o.range > c.range) {
                    return false;
                }
                if (o.off != c.off) return false;
                if (!checkIds(o.id, c.id)) return false;
                return rangeWithin(o, c) && o.varOff.contains(c.varOff);
            }
            case PTR_TO_STACK -> {
                return regsExact(o, c) && o.frameno == c.frameno;
            }
            default -> {
                return regsExact(o, c);
            }
        }
    }

    private static boolean sameType(RegState o, RegState c) {
        return o.type == c.type && o.maybeNull == c.maybeNull && o.rdonly == c.rdonly && o.ringbuf == c.ringbuf;
    }

    private static boolean sameUnion(RegState o, RegState c) {
        return o.range == c.range && o.mapIndex == c.mapIndex && o.map == c.map && o.memSize == c.memSize
                && o.subprogno == c.subprogno && java.util.Objects.equals(o.btfName, c.btfName);
    }

    /** regs_exact(): everything up to the ids equal, ids consistently mapped. */
    private boolean regsExact(RegState o, RegState c) {
        if (o.type == RegType.NOT_INIT && c.type == RegType.NOT_INIT) return true;
        return sameType(o, c) && o.off == c.off && sameUnion(o, c) && o.varOff.equals(c.varOff)
                && o.smin == c.smin && o.smax == c.smax && o.umin == c.umin && o.umax == c.umax
                && o.s32min == c.s32min && o.s32max == c.s32max && o.u32min == c.u32min && o.u32max == c.u32max
                && o.addConst == c.addConst && o.frameno == c.frameno
                && checkIds(o.id, c.id) && checkIds(o.refObjId, c.refObjId);
    }

    private static boolean rangeWithin(RegState o, RegState c) {
        return Long.compareUnsigned(o.umin, c.umin) <= 0 && Long.compareUnsigned(o.umax, c.umax) >= 0
                && o.smin <= c.smin && o.smax >= c.smax
                && Integer.compareUnsigned(o.u32min, c.u32min) <= 0 && Integer.compareUnsigned(o.u32max, c.u32max) >= 0
                && o.s32min <= c.s32min && o.s32max >= c.s32max;
    }

    /** check_ids(): old ids map to current ids one to one. */
    private boolean checkIds(int oldId, int curId) {
        if ((oldId == 0) != (curId == 0)) return false;
        if (oldId == 0) return true;
        for (int i = 0; i < idCount; i++) {
            if (oldIds[i] == oldId) return curIds[i] == curId;
            if (curIds[i] == curId) return false;
        }
        if (idCount == ID_MAP_SIZE) return false;
        oldIds[idCount] = oldId;
        curIds[idCount] = curId;
        idCount++;
        return true;
    }

    /** check_scalar_ids(): a scalar without id gets a fresh one, so it matches only itself. */
    private boolean checkScalarIds(int oldId, int curId) {
        if (oldId == 0) oldId = ++tmpIdGen;
        if (curId == 0) curId = ++tmpIdGen;
        return checkIds(oldId, curId);
    }

    private static boolean allMisc(FuncState f, int spi) {
        for (int i = 0; i < 8; i++) if (f.type(spi * 8 + i) != FuncState.STACK_MISC) return false;
        return true;
    }

    private static final RegState UNBOUND = unbound();

    private static RegState unbound() {
        RegState r = new RegState();
        r.markUnknown();
        return r;
    }

    /** stacksafe() for a privileged program (uninitialised stack may be read). */
    private boolean stacksafe(FuncState o, FuncState c, Mode mode, long liveSlots) {
        int limit = mode == Mode.EXACT ? Math.max(o.allocatedStack, c.allocatedStack) : o.allocatedStack;
        for (int i = 0; i < limit; i++) {
            int spi = i / 8;
            if (mode == Mode.EXACT) {
                if (o.type(spi * 8 + (i % 8)) != c.type(spi * 8 + (i % 8))) return false;
                if (i % 8 == 7 && o.isSpilled(spi) && !regsExact(o.spill(spi), c.spill(spi))) return false;
                continue;
            }
            if (mode == Mode.RANGE_WITHIN
                    && (i >= c.allocatedStack || o.type(spi * 8 + (i % 8)) != c.type(spi * 8 + (i % 8)))) {
                return false; // not exact, but every stack byte of the same kind
            }
            if ((liveSlots & (1L << spi)) == 0) {
                i += 7 - (i % 8);
                continue;
            }
            byte ot = o.type(spi * 8 + (i % 8));
            if (ot == FuncState.STACK_INVALID) continue;
            if (ot == FuncState.STACK_MISC) continue;
            if (i >= c.allocatedStack) return false;
            RegState oreg = o.spilledScalar64(spi) ? o.spilled[spi] : allMisc(o, spi) ? UNBOUND : null;
            RegState creg = c.spilledScalar64(spi) ? c.spilled[spi] : allMisc(c, spi) ? UNBOUND : null;
            if (oreg != null && creg != null) {
                if (!regsafe(oreg, creg, mode)) return false;
                i += 7 - (i % 8);
                continue;
            }
            byte ct = c.type(spi * 8 + (i % 8));
            if (ot == FuncState.STACK_MISC && ct == FuncState.STACK_ZERO) continue;
            if (ot != ct) return false;
            if (i % 8 != 7) continue;
            if (ot == FuncState.STACK_SPILL && !regsafe(o.spill(spi), c.spill(spi), mode)) return false;
        }
        return true;
    }
}
