package io.github.ebpf4j.verifier;

import io.github.ebpf4j.vm.maps.MapSpec;

/**
 * What the verifier knows about one register on one path: mirrors the kernel's
 * {@code struct bpf_reg_state}. For scalars the value lies in the intersection of {@link #varOff}
 * and the eight signed/unsigned 64/32-bit bounds; for pointers those describe the variable part
 * of the offset and {@link #off} the fixed part. Mutable: states are copied when paths fork.
 */
public final class RegState {
    /** Packet pointer range marker: the pointer is at data_end (kernel AT_PKT_END). */
    public static final int AT_PKT_END = -1;
    /** Packet pointer range marker: beyond data_end (kernel BEYOND_PKT_END). */
    public static final int BEYOND_PKT_END = -2;

    RegType type = RegType.NOT_INIT;
    /** PTR_MAYBE_NULL flag. */
    boolean maybeNull;
    /** MEM_RDONLY flag. */
    boolean rdonly;
    /** MEM_RINGBUF flag. */
    boolean ringbuf;
    int off;
    Tnum varOff = Tnum.UNKNOWN;
    long smin = Long.MIN_VALUE;
    long smax = Long.MAX_VALUE;
    long umin = 0;
    long umax = -1L;
    int s32min = Integer.MIN_VALUE;
    int s32max = Integer.MAX_VALUE;
    int u32min = 0;
    int u32max = -1;
    /** Identity shared by copies (null checks, packet ranges, linked scalars). */
    int id;
    /** Scalars: BPF_ADD_CONST, this register is its id's base plus {@link #off}. */
    boolean addConst;
    /** Reference id for acquired objects (ring buffer records). */
    int refObjId;
    /** Packet pointers: bytes known readable from this pointer, or AT/BEYOND_PKT_END. */
    int range;
    /** Map pointers and map values: the map. */
    MapSpec map;
    /** Map pointers and map values: index of the map in the program's map list. */
    int mapIndex = -1;
    /** PTR_TO_MEM: size of the memory. */
    int memSize;
    /** PTR_TO_STACK: frame number. */
    int frameno;
    /** PTR_TO_FUNC: the subprogram (callback) it points to. */
    int subprogno;
    /** PTR_TO_BTF_ID: kernel type name for the log. */
    String btfName;
    /** Scalars in checkpoints: the exact value mattered on some path from here (precision). */
    boolean precise;

    /** @return a deep copy */
    public RegState copy() {
        RegState r = new RegState();
        r.copyFrom(this);
        return r;
    }

    void copyFrom(RegState o) {
        type = o.type;
        maybeNull = o.maybeNull;
        rdonly = o.rdonly;
        ringbuf = o.ringbuf;
        off = o.off;
        varOff = o.varOff;
        smin = o.smin;
        smax = o.smax;
        umin = o.umin;
        umax = o.umax;
        s32min = o.s32min;
        s32max = o.s32max;
        u32min = o.u32min;
        u32max = o.u32max;
        id = o.id;
        addConst = o.addConst;
        refObjId = o.refObjId;
        range = o.range;
        map = o.map;
        mapIndex = o.mapIndex;
        memSize = o.memSize;
        frameno = o.frameno;
        subprogno = o.subprogno;
        btfName = o.btfName;
        precise = o.precise;
    }

    /** @return the register type */
    public RegType type() { return type; }

    /** @return whether this may be NULL (an {@code _or_null} type) */
    public boolean maybeNull() { return maybeNull; }

    /** @return fixed offset of a pointer */
    public int off() { return off; }

    /** @return tristate knowledge of the value (scalars) or variable offset (pointers) */
    public Tnum varOff() { return varOff; }

    /** @return signed 64-bit minimum */
    public long smin() { return smin; }

    /** @return signed 64-bit maximum */
    public long smax() { return smax; }

    /** @return unsigned 64-bit minimum */
    public long umin() { return umin; }

    /** @return unsigned 64-bit maximum */
    public long umax() { return umax; }

    boolean isScalar() {
        return type == RegType.SCALAR_VALUE;
    }

    boolean isPointer() {
        return type.isPointer();
    }

    boolean isConst() {
        return type == RegType.SCALAR_VALUE && varOff.isConst();
    }

    /** The kernel's is_reg_const: a scalar whose (sub)register tnum is constant. */
    boolean isConst(boolean is32) {
        return type == RegType.SCALAR_VALUE && (is32 ? varOff.subreg().isConst() : varOff.isConst());
    }

    long constValue(boolean is32) {
        return is32 ? (varOff.value() & 0xffffffffL) : varOff.value();
    }

    boolean isNullConst() {
        return type == RegType.SCALAR_VALUE && varOff.equalsConst(0);
    }

    /** The kernel's reg_not_null: pointers that can never be NULL. */
    boolean notNull() {
        if (maybeNull) return false;
        return switch (type) {
            case PTR_TO_SOCKET, PTR_TO_TCP_SOCK, PTR_TO_MAP_VALUE, PTR_TO_MAP_KEY, PTR_TO_SOCK_COMMON,
                 PTR_TO_MEM, CONST_PTR_TO_MAP -> true;
            default -> false;
        };
    }

    // ---- marking (mirrors __mark_reg_* in kernel/bpf/verifier.c) ----

    void markNotInit() {
        clearAll();
        type = RegType.NOT_INIT;
    }

    private void clearAll() {
        maybeNull = false;
        rdonly = false;
        ringbuf = false;
        off = 0;
        id = 0;
        addConst = false;
        refObjId = 0;
        range = 0;
        map = null;
        mapIndex = -1;
        memSize = 0;
        frameno = 0;
        subprogno = 0;
        btfName = null;
        precise = false;
        markUnbounded();
        varOff = Tnum.UNKNOWN;
    }

    /** __mark_reg_unknown: a scalar about which nothing is known. */
    void markUnknown() {
        clearAll();
        type = RegType.SCALAR_VALUE;
    }

    /** __mark_reg_known: a constant scalar (also clears pointer attributes). */
    void markKnown(long imm) {
        clearAll();
        type = RegType.SCALAR_VALUE;
        setKnownBounds(imm);
    }

    /** ___mark_reg_known: bounds only, type and other fields unchanged. */
    void setKnownBounds(long imm) {
        varOff = Tnum.constant(imm);
        smin = smax = imm;
        umin = umax = imm;
        s32min = s32max = (int) imm;
        u32min = u32max = (int) imm;
    }

    /** __mark_reg_known_zero on a pointer-to-be: offset zero, nothing else. */
    void markKnownZeroPointer(RegType t) {
        clearAll();
        type = t;
        setKnownBounds(0);
    }

    void markReg32Known(long imm) {
        varOff = varOff.constSubreg((int) imm);
        s32min = s32max = (int) imm;
        u32min = u32max = (int) imm;
    }

    void markUnbounded() {
        mark64Unbounded();
        mark32Unbounded();
    }

    void mark64Unbounded() {
        smin = Long.MIN_VALUE;
        smax = Long.MAX_VALUE;
        umin = 0;
        umax = -1L;
    }

    void mark32Unbounded() {
        s32min = Integer.MIN_VALUE;
        s32max = Integer.MAX_VALUE;
        u32min = 0;
        u32max = -1;
    }

    // ---- bounds (mirrors __update_reg_bounds, __reg_deduce_bounds, __reg_bound_offset) ----

    void updateBounds() {
        update32Bounds();
        update64Bounds();
    }

    void update32Bounds() {
        Tnum v = varOff.subreg();
        int lo = (int) (v.value() | (v.mask() & 0x80000000L));
        int hi = (int) (v.value() | (v.mask() & 0x7fffffffL));
        s32min = Math.max(s32min, lo);
        s32max = Math.min(s32max, hi);
        u32min = umax32(u32min, (int) v.value());
        u32max = umin32(u32max, (int) (v.value() | v.mask()));
    }

    void update64Bounds() {
        smin = Math.max(smin, varOff.value() | (varOff.mask() & Long.MIN_VALUE));
        smax = Math.min(smax, varOff.value() | (varOff.mask() & Long.MAX_VALUE));
        umin = umax64(umin, varOff.value());
        umax = umin64(umax, varOff.value() | varOff.mask());
    }

    private void deduce32() {
        if ((umin >>> 32) == (umax >>> 32)) {
            u32min = umax32(u32min, (int) umin);
            u32max = umin32(u32max, (int) umax);
            if ((int) umin <= (int) umax) {
                s32min = Math.max(s32min, (int) umin);
                s32max = Math.min(s32max, (int) umax);
            }
        }
        if ((smin >> 32) == (smax >> 32)) {
            u32min = umax32(u32min, (int) smin);
            u32max = umin32(u32max, (int) smax);
            if ((int) smin <= (int) smax) {
                s32min = Math.max(s32min, (int) smin);
                s32max = Math.min(s32max, (int) smax);
            }
        }
        if ((int) (umin >>> 32) + 1 == (int) (umax >>> 32) && (int) umin < 0 && (int) umax >= 0) {
            s32min = Math.max(s32min, (int) umin);
            s32max = Math.min(s32max, (int) umax);
        }
        if ((int) (smin >> 32) + 1 == (int) (smax >> 32) && (int) smin < 0 && (int) smax >= 0) {
            s32min = Math.max(s32min, (int) smin);
            s32max = Math.min(s32max, (int) smax);
        }
        if (u32min <= u32max) { // (s32)u32_min <= (s32)u32_max
            s32min = Math.max(s32min, u32min);
            s32max = Math.min(s32max, u32max);
        }
        if (Integer.compareUnsigned(s32min, s32max) <= 0) {
            u32min = umax32(s32min, u32min);
            u32max = umin32(s32max, u32max);
        } else {
            // the s32 range crosses the sign boundary: two u32 intervals, intersect with the u32 range
            if (Integer.compareUnsigned(u32max, s32min) < 0) {
                s32min = u32min;
                u32max = umin32(u32max, s32max);
            } else if (Integer.compareUnsigned(s32max, u32min) < 0) {
                s32max = u32max;
                u32min = umax32(u32min, s32min);
            }
        }
    }

    private void deduce64() {
        if (umin <= umax) { // (s64)umin <= (s64)umax
            smin = Math.max(smin, umin);
            smax = Math.min(smax, umax);
        }
        if (Long.compareUnsigned(smin, smax) <= 0) {
            umin = umax64(smin, umin);
            umax = umin64(smax, umax);
        } else {
            if (Long.compareUnsigned(umax, smin) < 0) {
                smin = umin;
                umax = umin64(umax, smax);
            } else if (Long.compareUnsigned(smax, umin) < 0) {
                smax = umax;
                umin = umax64(umin, smin);
            }
        }
    }

    private void deduceMixed() {
        long u32lo = Integer.toUnsignedLong(u32min);
        long u32hi = Integer.toUnsignedLong(u32max);
        long newUmin = (umin & ~0xffffffffL) | u32lo;
        long newUmax = (umax & ~0xffffffffL) | u32hi;
        umin = umax64(umin, newUmin);
        umax = umin64(umax, newUmax);
        long newSmin = (smin & ~0xffffffffL) | u32lo;
        long newSmax = (smax & ~0xffffffffL) | u32hi;
        smin = Math.max(smin, newSmin);
        smax = Math.min(smax, newSmax);
        if (s32min >= 0 && smin >= Integer.MIN_VALUE && smax <= Integer.MAX_VALUE) {
            smin = s32min;
            smax = s32max;
            umin = s32min;
            umax = s32max;
            varOff = varOff.intersect(Tnum.range(smin, smax));
        }
    }

    void deduceBounds() {
        deduce32();
        deduce64();
        deduceMixed();
    }

    void boundOffset() {
        Tnum v64 = varOff.intersect(Tnum.range(umin, umax));
        Tnum v32 = v64.subreg().intersect(Tnum.range(Integer.toUnsignedLong(u32min), Integer.toUnsignedLong(u32max)));
        varOff = v64.clearSubreg().or(v32);
    }

    /** reg_bounds_sync: propagate knowledge between the tnum and the eight bounds. */
    void boundsSync() {
        updateBounds();
        deduceBounds();
        deduceBounds();
        boundOffset();
        updateBounds();
    }

    /** zext_32_to_64: a 32-bit result zero-extended into the whole register. */
    void zext32To64() {
        varOff = varOff.subreg();
        assign32Into64();
    }

    void assign32Into64() {
        umin = Integer.toUnsignedLong(u32min);
        umax = Integer.toUnsignedLong(u32max);
        if (s32min >= 0 && s32max >= 0) {
            smin = s32min;
            smax = s32max;
        } else {
            smin = 0;
            smax = 0xffffffffL;
        }
    }

    /** coerce_reg_to_size: keep the low {@code size} bytes (zero-extending loads). */
    void coerceToSize(int size) {
        varOff = varOff.cast(size);
        long mask = size >= 8 ? -1L : (1L << (size * 8)) - 1;
        if ((umin & ~mask) == (umax & ~mask)) {
            umin &= mask;
            umax &= mask;
        } else {
            umin = 0;
            umax = mask;
        }
        smin = umin;
        smax = umax;
        if (size < 4) mark32Unbounded();
        boundsSync();
    }

    /** coerce_reg_to_size_sx: sign-extending loads and moves of {@code size} bytes. */
    void coerceToSizeSx(int size) {
        if (varOff.isConst()) {
            long v = signExtend(varOff.value(), size);
            varOff = Tnum.constant(v);
            smin = smax = umin = umax = v;
            s32min = s32max = u32min = u32max = (int) v;
            return;
        }
        int bits = size * 8;
        long topSmax = (smax >>> bits) << bits;
        long topSmin = (smin >>> bits) << bits;
        if (topSmax == topSmin) {
            long a = signExtend(smax, size);
            long b = signExtend(smin, size);
            long hi = Math.max(a, b);
            long lo = Math.min(a, b);
            if ((hi >= 0) == (lo >= 0)) {
                smin = lo;
                smax = hi;
                s32min = (int) lo;
                s32max = (int) hi;
                umin = lo;
                umax = hi;
                u32min = (int) lo;
                u32max = (int) hi;
                varOff = Tnum.range(lo, hi);
                return;
            }
        }
        setSext64Default(size);
    }

    private void setSext64Default(int size) {
        long lo = size == 1 ? Byte.MIN_VALUE : size == 2 ? Short.MIN_VALUE : Integer.MIN_VALUE;
        long hi = size == 1 ? Byte.MAX_VALUE : size == 2 ? Short.MAX_VALUE : Integer.MAX_VALUE;
        smin = lo;
        s32min = (int) lo;
        smax = hi;
        s32max = (int) hi;
        umin = 0;
        u32min = 0;
        umax = -1L;
        u32max = -1;
        varOff = Tnum.UNKNOWN;
    }

    /** coerce_subreg_to_size_sx: 32-bit sign-extending moves ({@code w1 = (s8) w2}). */
    void coerceSubregToSizeSx(int size) {
        if (varOff.subreg().isConst()) {
            int v = (int) signExtend(varOff.value(), size);
            varOff = varOff.constSubreg(v);
            s32min = s32max = u32min = u32max = v;
            return;
        }
        int bits = size * 8;
        int topSmax = (s32max >>> bits) << bits;
        int topSmin = (s32min >>> bits) << bits;
        if (topSmax == topSmin) {
            int a = (int) signExtend(s32max, size);
            int b = (int) signExtend(s32min, size);
            int hi = Math.max(a, b);
            int lo = Math.min(a, b);
            if ((hi >= 0) == (lo >= 0)) {
                s32min = lo;
                s32max = hi;
                u32min = lo;
                u32max = hi;
                varOff = varOff.withSubreg(Tnum.range(Integer.toUnsignedLong(lo), Integer.toUnsignedLong(hi)));
                return;
            }
        }
        s32min = size == 1 ? Byte.MIN_VALUE : Short.MIN_VALUE;
        s32max = size == 1 ? Byte.MAX_VALUE : Short.MAX_VALUE;
        u32min = 0;
        u32max = -1;
        varOff = varOff.withSubreg(Tnum.UNKNOWN.subreg());
    }

    static long signExtend(long v, int size) {
        return switch (size) {
            case 1 -> (byte) v;
            case 2 -> (short) v;
            case 4 -> (int) v;
            default -> v;
        };
    }

    static int umax32(int a, int b) {
        return Integer.compareUnsigned(a, b) >= 0 ? a : b;
    }

    static int umin32(int a, int b) {
        return Integer.compareUnsigned(a, b) <= 0 ? a : b;
    }

    static long umax64(long a, long b) {
        return Long.compareUnsigned(a, b) >= 0 ? a : b;
    }

    static long umin64(long a, long b) {
        return Long.compareUnsigned(a, b) <= 0 ? a : b;
    }

    @Override
    public String toString() {
        return RegFormat.format(this);
    }
}
