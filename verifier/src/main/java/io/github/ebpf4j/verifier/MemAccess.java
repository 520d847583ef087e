package io.github.ebpf4j.verifier;

import io.github.ebpf4j.vm.maps.MapSpec;
import io.github.ebpf4j.vm.maps.MapType;

/**
 * Memory access checks: mirrors {@code check_mem_access()} and what it calls in
 * kernel/bpf/verifier.c (stack bounds, spill and fill, ctx via {@link CtxAccess}, packet range,
 * map value and key bounds, helper-returned memory), plus {@code check_helper_mem_access()} for
 * helper arguments. Privileged rules: reading uninitialised stack is allowed
 * ({@code allow_uninit_stack}), pointer leaks are allowed.
 */
final class MemAccess {
    /** BPF_MAX_VAR_OFF. */
    static final long MAX_VAR_OFF = 1L << 29;
    /** MAX_PACKET_OFF. */
    static final int MAX_PACKET_OFF = 0xffff;

    private final Env env;

    MemAccess(Env env) {
        this.env = env;
    }

    /**
     * check_mem_access().
     *
     * @param regno base register
     * @param off instruction offset
     * @param size access size in bytes
     * @param write store (true) or load
     * @param valueRegno register loaded into or stored from, or -1
     * @param strictAlign atomic accesses must be aligned on every pointer type
     * @param signExtend MEMSX load
     */
    void access(int regno, int off, int size, boolean write, int valueRegno, boolean strictAlign, boolean signExtend) {
        RegState[] regs = env.regs();
        RegState reg = regs[regno];
        checkAlignment(regno, reg, off, size, strictAlign);
        off += reg.off;
        RegType t = reg.type;
        if (t == RegType.PTR_TO_MAP_KEY && !reg.maybeNull) {
            if (write) throw env.rejectReg(regno, Messages.WRITE_MAP_KEY, regno);
            regionAccess(regno, off, size, reg.map.keySize(), false);
            if (valueRegno >= 0) regs[valueRegno].markUnknown();
        } else if (t == RegType.PTR_TO_MAP_VALUE && !reg.maybeNull) {
            mapAccessType(regno, reg, off, size, write);
            regionAccess(regno, off, size, reg.map.valueSize(), false);
            if (!write && valueRegno >= 0) {
                byte[] data = reg.varOff.isConst() ? readonlyData(reg.map) : null;
                if (data != null) {
                    // bpf_map_direct_read(): a frozen read-only map's bytes are known constants
                    regs[valueRegno].markKnown(directRead(data, off + (int) reg.varOff.value(), size, signExtend));
                } else {
                    regs[valueRegno].markUnknown();
                }
            }
        } else if (t == RegType.PTR_TO_MEM) {
            if (reg.maybeNull) throw env.rejectReg(regno, Messages.INVALID_MEM_ACCESS, regno, RegFormat.typeName(reg));
            if (write && reg.rdonly) throw env.rejectReg(regno, Messages.CANNOT_WRITE_INTO, regno, RegFormat.typeName(reg));
            regionAccess(regno, off, size, reg.memSize, false);
            if (valueRegno >= 0 && (!write || reg.rdonly)) regs[valueRegno].markUnknown();
        } else if (t == RegType.PTR_TO_CTX && !reg.maybeNull) {
            checkPtrOffReg(reg, regno, false);
            CtxAccess.Access a = CtxAccess.check(env.opts.type(), off, size, write);
            if (a == null) throw env.rejectReg(regno, Messages.INVALID_CTX_ACCESS, off, size);
            if (!write && valueRegno >= 0) {
                RegState v = regs[valueRegno];
                if (a.type() == RegType.SCALAR_VALUE) {
                    v.markUnknown();
                } else {
                    v.markKnownZeroPointer(a.type());
                    if (a.maybeNull()) {
                        v.maybeNull = true;
                        v.id = ++env.idGen;
                    }
                }
            }
        } else if (t == RegType.PTR_TO_STACK) {
            stackWithinBounds(regno, off, size, write);
            if (write) stackWrite(reg, off, size, valueRegno);
            else stackRead(reg, off, size, valueRegno);
        } else if (t.isPktPointer() && !reg.maybeNull) {
            if (write && !mayWritePacket()) throw env.rejectReg(regno, Messages.CANNOT_WRITE_PACKET);
            packetAccess(regno, off, size, false);
            if (!write && valueRegno >= 0) regs[valueRegno].markUnknown();
        } else if (t == RegType.CONST_PTR_TO_MAP && !write) {
            // check_ptr_to_map_access(): reads of struct bpf_map fields through BTF; modelled as scalars
            if (valueRegno >= 0) regs[valueRegno].markUnknown();
        } else {
            throw env.rejectReg(regno, Messages.INVALID_MEM_ACCESS, regno, RegFormat.typeName(reg));
        }
        if (size < 8 && valueRegno >= 0 && !write && regs[valueRegno].type == RegType.SCALAR_VALUE) {
            if (signExtend) regs[valueRegno].coerceToSizeSx(size);
            else regs[valueRegno].coerceToSize(size);
        }
    }

    /** bpf_map_is_rdonly(): frozen, BPF_F_RDONLY_PROG, with contents; else null. */
    private static byte[] readonlyData(MapSpec m) {
        if (m == null || !m.frozen() || (m.flags() & 0x80) == 0) return null;
        return m.initialData();
    }

    /** Little-endian value of {@code size} bytes at {@code off} (zeros past the data's end). */
    private static long directRead(byte[] data, int off, int size, boolean signExtend) {
        long v = 0;
        for (int i = size - 1; i >= 0; i--) {
            int k = off + i;
            v = v << 8 | (k >= 0 && k < data.length ? data[k] & 0xff : 0);
        }
        if (signExtend && size < 8) v = v << (64 - 8 * size) >> (64 - 8 * size);
        return v;
    }

    private boolean mayWritePacket() {
        return switch (env.opts.type()) {
            case SCHED_CLS, SCHED_ACT, XDP, LWT_XMIT, SK_SKB, SK_MSG -> true;
            default -> false;
        };
    }

    /** check_ptr_alignment(): stack always strict, other pointers only for atomics. */
    private void checkAlignment(int regno, RegState reg, int off, int size, boolean strictOnce) {
        String desc;
        boolean strict = strictOnce;
        switch (reg.type) {
            case PTR_TO_PACKET, PTR_TO_PACKET_META -> {
                if (!strict || size == 1) return;
                Tnum regOff = reg.varOff.add(Tnum.constant(2L + reg.off + off));
                if (!regOff.isAligned(size)) {
                    throw env.rejectReg(regno, "misaligned packet access off %d+%s+%d+%d size %d", 2,
                            tnumText(reg.varOff), reg.off, off, size);
                }
                return;
            }
            case PTR_TO_MAP_KEY -> desc = "key ";
            case PTR_TO_MAP_VALUE -> desc = "value ";
            case PTR_TO_CTX -> desc = "context ";
            case PTR_TO_FLOW_KEYS -> desc = "flow keys ";
            case PTR_TO_SOCKET, PTR_TO_SOCK_COMMON -> desc = "sock ";
            case PTR_TO_TCP_SOCK -> desc = "tcp_sock ";
            case PTR_TO_STACK -> {
                desc = "stack ";
                strict = true;
            }
            default -> desc = "";
        }
        if (!strict || size == 1) return;
        Tnum regOff = reg.varOff.add(Tnum.constant((long) reg.off + off));
        if (!regOff.isAligned(size)) {
            throw env.rejectReg(regno, Messages.MISALIGNED, desc, tnumText(reg.varOff), reg.off, off, size);
        }
    }

    /** The 6.18 log prints a constant tnum as its value, otherwise {@code (value; mask)}. */
    static String tnumText(Tnum t) {
        return t.isConst() ? Long.toString(t.value()) : t.toString();
    }

    /** __check_ptr_off_reg(). */
    void checkPtrOffReg(RegState reg, int regno, boolean fixedOffOk) {
        if (reg.off < 0) throw env.rejectReg(regno, Messages.NEGATIVE_PTR_OFF, RegFormat.typeName(reg), regno, reg.off);
        if (!fixedOffOk && reg.off != 0) {
            throw env.rejectReg(regno, Messages.MODIFIED_CTX, RegFormat.typeName(reg), regno, reg.off);
        }
        if (!reg.varOff.isConst() || reg.varOff.value() != 0) {
            throw env.rejectReg(regno, Messages.VARIABLE_CTX, RegFormat.typeName(reg), reg.varOff.toString());
        }
    }

    private void mapAccessType(int regno, RegState reg, int off, int size, boolean write) {
        int flags = reg.map.flags();
        boolean rdonlyProg = (flags & 0x80) != 0; // BPF_F_RDONLY_PROG
        boolean wronlyProg = (flags & 0x100) != 0; // BPF_F_WRONLY_PROG
        if (write && rdonlyProg) throw env.rejectReg(regno, Messages.WRITE_INTO_MAP, reg.map.valueSize(), off, size);
        if (!write && wronlyProg) throw env.rejectReg(regno, Messages.READ_FROM_MAP, reg.map.valueSize(), off, size);
    }

    /** __check_mem_access(): one bound; logs the per-type line on failure. */
    private boolean memAccessOk(RegState reg, int regno, long off, int size, long memSize, boolean zeroOk) {
        boolean sizeOk = size > 0 || (size == 0 && zeroOk);
        if (off >= 0 && sizeOk && off + size <= memSize) return true;
        int o = (int) off;
        switch (reg.type) {
            case PTR_TO_MAP_KEY -> env.errorLine(String.format(Messages.MAP_KEY_ACCESS, memSize, o, size));
            case PTR_TO_MAP_VALUE -> env.errorLine(String.format(Messages.MAP_VALUE_ACCESS, memSize, o, size));
            case PTR_TO_PACKET, PTR_TO_PACKET_META, PTR_TO_PACKET_END ->
                    env.errorLine(String.format(Messages.PACKET_ACCESS, o, size, regno, reg.id, o, memSize));
            default -> env.errorLine(String.format(Messages.MEM_ACCESS, memSize, o, size));
        }
        return false;
    }

    /** check_mem_region_access(): fixed plus variable offset within {@code [0, memSize)}. */
    void regionAccess(int regno, int off, int size, long memSize, boolean zeroOk) {
        RegState reg = env.regs()[regno];
        if (reg.smin < 0 && (reg.smin == Long.MIN_VALUE || (off + reg.smin != (int) (off + reg.smin))
                || reg.smin + off < 0)) {
            throw env.rejectReg(regno, Messages.MIN_NEGATIVE, regno);
        }
        if (!memAccessOk(reg, regno, reg.smin + off, size, memSize, zeroOk)) {
            throw env.rejectReg(regno, Messages.MIN_OUTSIDE, regno);
        }
        if (Long.compareUnsigned(reg.umax, MAX_VAR_OFF) >= 0) throw env.rejectReg(regno, Messages.UNBOUNDED_MEM, regno);
        if (!memAccessOk(reg, regno, reg.umax + off, size, memSize, zeroOk)) {
            throw env.rejectReg(regno, Messages.MAX_OUTSIDE, regno);
        }
    }

    /** check_packet_access(). */
    void packetAccess(int regno, int off, int size, boolean zeroOk) {
        RegState reg = env.regs()[regno];
        if (reg.smin < 0) throw env.rejectReg(regno, Messages.MIN_NEGATIVE, regno);
        boolean ok = reg.range >= 0 && memAccessOk(reg, regno, off, size, reg.range, zeroOk);
        if (!ok) throw env.rejectReg(regno, Messages.OUTSIDE_PACKET, regno);
    }

    /** check_stack_access_within_bounds(). */
    void stackWithinBounds(int regno, int off, int size, boolean write) {
        RegState reg = env.regs()[regno];
        String extra = write ? " write to" : " read from";
        long minOff;
        long maxOff;
        if (reg.varOff.isConst()) {
            minOff = reg.varOff.value() + off;
            maxOff = minOff + size;
        } else {
            if (reg.smax >= MAX_VAR_OFF || reg.smin <= -MAX_VAR_OFF) {
                throw env.rejectReg(regno, Messages.UNBOUNDED_VAR_STACK, extra, regno);
            }
            minOff = reg.smin + off;
            maxOff = reg.smax + off + size;
        }
        boolean bad = minOff < -512 || minOff > -1 || maxOff > 0 || size < 0;
        if (bad) {
            if (reg.varOff.isConst()) throw env.rejectReg(regno, Messages.INVALID_STACK, extra, regno, off, size);
            throw env.rejectReg(regno, Messages.INVALID_VAR_STACK, extra, regno, reg.varOff.toString(), off, size);
        }
        // update_stack_depth(): the access grows the stack of the frame the pointer points into
        FuncState frame = frameOf(reg);
        frame.growStack((int) -minOff);
        if (frame.allocatedStack > env.stackDepth[frame.subprog]) env.stackDepth[frame.subprog] = frame.allocatedStack;
    }

    private FuncState frameOf(RegState reg) {
        return env.cur.frames[reg.frameno];
    }

    /** check_stack_write(): fixed offsets spill or mark bytes, variable offsets mark bytes. */
    private void stackWrite(RegState reg, int off, int size, int valueRegno) {
        FuncState st = frameOf(reg);
        if (!reg.varOff.isConst()) {
            long min = reg.smin + off;
            long max = reg.smax + off;
            for (long i = min; i < max + size; i++) {
                int slot = (int) (-i - 1);
                int spi = slot / 8;
                // scrub_special_slot() (6.18 stable): a spill the write may overlap is gone in full,
                // so that no slot stays STACK_SPILL with nothing spilled in it
                st.spill(spi).markNotInit();
                if (isSpecial(st, spi)) {
                    for (int k = spi * 8; k < spi * 8 + 8; k++) {
                        if (st.slotType[k] == FuncState.STACK_SPILL) st.slotType[k] = FuncState.STACK_MISC;
                    }
                }
                st.slotType[spi * 8 + (slot % 8)] = FuncState.STACK_MISC;
                env.scratchStack(spi);
            }
            return;
        }
        off += (int) reg.varOff.value();
        int slot = -off - 1;
        int spi = slot / 8;
        RegState value = valueRegno >= 0 ? env.regs()[valueRegno] : null;
        env.scratchStack(spi);
        if (size == 8 && off % 8 == 0 && reg.frameno == env.cur.curframe) env.stackKill = 1L << spi;
        if (value != null && off % 8 == 0 && (value.type == RegType.SCALAR_VALUE || value.isPointer())) {
            env.stackAccess = Trace.stackFlags(reg.frameno, spi);
        }
        boolean stImm = valueRegno < 0 && currentIsStImm();
        if (value != null && off % 8 == 0 && value.type == RegType.SCALAR_VALUE) {
            boolean fits = regWidth(value) <= 8L * size;
            if (fits) assignScalarId(value);
            saveRegister(st, spi, value, size);
            if (!fits) st.spill(spi).id = 0;
        } else if (value == null && off % 8 == 0 && stImm) {
            RegState tmp = new RegState();
            tmp.markKnown(env.prog.insn(env.insnIdx).imm());
            saveRegister(st, spi, tmp, size);
        } else if (value != null && value.isPointer()) {
            if (size != 8) throw env.rejectReg(valueRegno, Messages.INVALID_SIZE_SPILL);
            saveRegister(st, spi, value, size);
        } else {
            byte type = FuncState.STACK_MISC;
            st.spill(spi).markNotInit();
            if (isSpecial(st, spi)) {
                for (int i = 0; i < 8; i++) {
                    if (st.type(spi * 8 + i) == FuncState.STACK_SPILL) st.slotType[spi * 8 + i] = FuncState.STACK_MISC;
                }
            }
            boolean zero = (value != null && value.isNullConst())
                    || (value == null && stImm && env.prog.insn(env.insnIdx).imm() == 0);
            if (zero) type = FuncState.STACK_ZERO;
            for (int i = 0; i < size; i++) st.slotType[spi * 8 + ((slot - i) % 8)] = type;
        }
    }

    private static boolean isSpecial(FuncState st, int spi) {
        return st.type(spi * 8 + 7) == FuncState.STACK_SPILL;
    }

    private boolean currentIsStImm() {
        int code = env.prog.insn(env.insnIdx).opcode();
        return (code & 7) == io.github.ebpf4j.vm.isa.Bpf.BPF_ST;
    }

    private void saveRegister(FuncState st, int spi, RegState value, int size) {
        st.spill(spi).copyFrom(value);
        int i;
        for (i = 8; i > 8 - size; i--) st.slotType[spi * 8 + (i - 1)] = FuncState.STACK_SPILL;
        for (; i > 0; i--) {
            byte b = st.type(spi * 8 + (i - 1));
            if (b != FuncState.STACK_ZERO && b != FuncState.STACK_INVALID) st.slotType[spi * 8 + (i - 1)] = FuncState.STACK_MISC;
        }
    }

    /** get_reg_width(): bits needed for the register's unsigned maximum. */
    static int regWidth(RegState r) {
        return 64 - Long.numberOfLeadingZeros(r.umax);
    }

    /** assign_scalar_id_before_mov(). */
    void assignScalarId(RegState r) {
        if (r.type != RegType.SCALAR_VALUE) return;
        if (r.addConst) {
            r.id = 0;
            r.off = 0;
            r.addConst = false;
        }
        if (r.id == 0 && !r.varOff.isConst()) r.id = ++env.idGen;
    }

    /** @return the slots (bit spi) holding bytes [lo, hi) of a frame's stack (negative offsets) */
    static long slotMask(long lo, long hi) {
        if (hi <= lo) return 0;
        long first = (-(hi - 1) - 1) / 8;
        long last = (-lo - 1) / 8;
        first = Math.max(0, first);
        last = Math.min(63, last);
        if (first > last) return 0;
        long mask = last == 63 ? -1L : (1L << (last + 1)) - 1;
        return mask & ~((1L << first) - 1);
    }

    /** check_stack_read(). */
    private void stackRead(RegState reg, int off, int size, int dstRegno) {
        FuncState st = frameOf(reg);
        RegState[] regs = env.regs();
        if (!reg.varOff.isConst()) {
            env.stackRead(reg.frameno, slotMask(reg.smin + off, reg.smax + off + size));
            if (dstRegno >= 0) regs[dstRegno].markUnknown();
            return;
        }
        off += (int) reg.varOff.value();
        env.stackRead(reg.frameno, slotMask(off, off + size));
        int slot = -off - 1;
        int spi = slot / 8;
        if (dstRegno >= 0 && st.isSpilled(spi)) env.stackAccess = Trace.stackFlags(reg.frameno, spi);
        int sbase = spi * 8;
        RegState spilled = st.spill(spi);
        if (st.isSpilled(spi)) {
            int spillSize = 1;
            for (int i = 7; i > 0 && st.type(sbase + (i - 1)) == FuncState.STACK_SPILL; i--) spillSize++;
            if (size != 8 || spillSize != 8) {
                if (spilled.type != RegType.SCALAR_VALUE) throw env.reject(Messages.INVALID_SIZE_FILL);
                if (dstRegno < 0) return;
                if (size <= spillSize && narrowAccessOk(off, size, spillSize)) {
                    if (size == 4 && spillSize == 4 && regWidth(spilled) <= 32) assignScalarId(spilled);
                    regs[dstRegno].copyFrom(spilled);
                    if (regWidth(spilled) > size * 8) regs[dstRegno].id = 0;
                } else {
                    int spillCnt = 0;
                    int zeroCnt = 0;
                    for (int i = 0; i < size; i++) {
                        byte b = st.type(sbase + ((slot - i) % 8));
                        if (b == FuncState.STACK_SPILL) spillCnt++;
                        else if (b == FuncState.STACK_ZERO) zeroCnt++;
                    }
                    if (spillCnt == size && spilled.varOff.equalsConst(0)) {
                        regs[dstRegno].markKnown(0);
                    } else if (zeroCnt == size) {
                        regs[dstRegno].markKnown(0);
                    } else {
                        regs[dstRegno].markUnknown();
                    }
                }
            } else if (dstRegno >= 0) {
                regs[dstRegno].copyFrom(spilled);
            }
        } else {
            if (dstRegno < 0) return;
            boolean allZero = true;
            for (int i = 0; i < size; i++) {
                if (st.type(sbase + ((slot - i) % 8)) != FuncState.STACK_ZERO) allZero = false;
            }
            if (allZero) regs[dstRegno].markKnown(0);
            else regs[dstRegno].markUnknown();
        }
    }

    /** bpf_stack_narrow_access_ok(): little-endian narrow fill of the low bytes of a spill. */
    private static boolean narrowAccessOk(int off, int size, int spillSize) {
        return off % 8 == 0;
    }

    /**
     * check_helper_mem_access(): a helper reads or writes {@code accessSize} bytes at register
     * {@code regno}.
     */
    void helperMemAccess(int regno, long accessSize, boolean write, boolean zeroOk, boolean[] rawModeOut) {
        RegState reg = env.regs()[regno];
        int size = (int) accessSize;
        switch (reg.type) {
            case PTR_TO_PACKET, PTR_TO_PACKET_META -> packetAccess(regno, reg.off, size, zeroOk);
            case PTR_TO_MAP_KEY -> {
                if (write) throw env.rejectReg(regno, Messages.CANNOT_WRITE_INTO, regno, RegFormat.typeName(reg));
                regionAccess(regno, reg.off, size, reg.map.keySize(), false);
            }
            case PTR_TO_MAP_VALUE -> {
                mapAccessType(regno, reg, reg.off, size, write);
                regionAccess(regno, reg.off, size, reg.map.valueSize(), zeroOk);
            }
            case PTR_TO_MEM -> {
                if (reg.rdonly && write) throw env.rejectReg(regno, Messages.CANNOT_WRITE_INTO, regno, RegFormat.typeName(reg));
                regionAccess(regno, reg.off, size, reg.memSize, zeroOk);
            }
            case PTR_TO_STACK -> stackRangeInitialized(regno, reg.off, size, zeroOk, write, rawModeOut);
            default -> {
                if (zeroOk && size == 0 && reg.isNullConst()) return;
                throw env.rejectReg(regno, "R%d type=%s expected=fp", regno, RegFormat.typeName(reg));
            }
        }
    }

    /** check_stack_range_initialized() for privileged programs: uninitialised reads are allowed. */
    private void stackRangeInitialized(int regno, int off, int size, boolean zeroOk, boolean write,
            boolean[] rawMode) {
        RegState reg = env.regs()[regno];
        if (size == 0 && !zeroOk) throw env.rejectReg(regno, Messages.INVALID_ZERO_SIZED);
        stackWithinBounds(regno, off, size, write);
        FuncState st = frameOf(reg);
        long minOff;
        long maxOff;
        if (reg.varOff.isConst()) {
            minOff = maxOff = reg.varOff.value() + off;
        } else {
            minOff = reg.smin + off;
            maxOff = reg.smax + off;
        }
        if (rawMode != null && rawMode[0] && reg.varOff.isConst()) return; // bytes are written after the call
        env.stackRead(reg.frameno, slotMask(minOff, maxOff + size));
        for (long i = minOff; i < maxOff + size; i++) {
            int slot = (int) (-i - 1);
            int spi = slot / 8;
            byte b = st.type(spi * 8 + (slot % 8));
            if (b == FuncState.STACK_MISC) continue;
            if (b == FuncState.STACK_ZERO || b == FuncState.STACK_INVALID) {
                if (write) st.slotType[spi * 8 + (slot % 8)] = FuncState.STACK_MISC;
                continue;
            }
            if (st.isSpilled(spi)) {
                if (write) {
                    st.spill(spi).markUnknown();
                    for (int j = 0; j < 8; j++) {
                        if (st.type(spi * 8 + j) == FuncState.STACK_SPILL) st.slotType[spi * 8 + j] = FuncState.STACK_MISC;
                    }
                }
                continue;
            }
            throw env.rejectReg(regno, Messages.INVALID_READ_STACK_HELPER, regno, minOff, i - minOff, size);
        }
    }

    static boolean isArrayMap(MapType t) {
        return t == MapType.ARRAY || t == MapType.PERCPU_ARRAY;
    }
}
