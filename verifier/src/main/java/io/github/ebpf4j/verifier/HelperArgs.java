package io.github.ebpf4j.verifier;

import io.github.ebpf4j.verifier.HelperProto.Arg;
import io.github.ebpf4j.vm.helpers.HelperId;
import io.github.ebpf4j.vm.maps.MapSpec;
import java.util.EnumSet;
import java.util.Set;

/**
 * Checks the arguments r1..r5 of a helper call against its prototype: mirrors
 * {@code check_func_arg()}, {@code check_reg_type()}, {@code check_func_arg_reg_off()} and
 * {@code check_mem_size_reg()} of kernel/bpf/verifier.c.
 */
final class HelperArgs {
    /** What the argument checks learnt, used to set r0 after the call (struct bpf_call_arg_meta). */
    static final class Meta {
        MapSpec map;
        int mapIndex = -1;
        long constMapKey = -1;
        long memSize;
        int releaseRefId;
        int refObjId;
        int rawRegno = -1;
        int rawSize;
    }

    /** BPF_MAX_VAR_SIZ. */
    private static final long MAX_VAR_SIZ = 1L << 29;

    /** Helpers whose prototype sets pkt_access (they may take packet pointers). */
    private static final Set<HelperId> PKT_ACCESS = EnumSet.of(HelperId.MAP_LOOKUP_ELEM, HelperId.MAP_UPDATE_ELEM,
            HelperId.MAP_DELETE_ELEM, HelperId.MAP_PUSH_ELEM, HelperId.CSUM_DIFF, HelperId.SKB_STORE_BYTES,
            HelperId.XDP_STORE_BYTES, HelperId.XDP_LOAD_BYTES, HelperId.SKB_LOAD_BYTES);

    private static final String MEM_TYPES = "fp, pkt, pkt_meta, map_key, map_value, mem, ringbuf_mem, buf, trusted_ptr_";
    private static final String KEY_VALUE_TYPES = MEM_TYPES;

    private final Env env;
    private final MemAccess mem;

    HelperArgs(Env env, MemAccess mem) {
        this.env = env;
        this.mem = mem;
    }

    Meta check(HelperProto fn) {
        Meta meta = new Meta();
        for (int i = 0; i < 5; i++) arg(fn, i, meta);
        return meta;
    }

    private static boolean mayBeNull(Arg a) {
        return a == Arg.PTR_TO_MEM_RDONLY_OR_NULL || a == Arg.PTR_TO_MEM_OR_NULL || a == Arg.PTR_TO_STACK_OR_NULL;
    }

    private void arg(HelperProto fn, int i, Meta meta) {
        Arg a = fn.arg(i);
        int regno = i + 1;
        if (a == Arg.DONTCARE) return;
        env.scratchReg(regno);
        RegState reg = env.regs()[regno];
        if (reg.type == RegType.NOT_INIT) throw env.rejectReg(regno, Messages.NOT_READ_OK, regno);
        if (a == Arg.ANYTHING) return;
        if (reg.type.isPktPointer() && !PKT_ACCESS.contains(fn.id())) {
            throw env.rejectReg(regno, Messages.HELPER_PKT_NOT_ALLOWED);
        }
        boolean skipTypeCheck = reg.isNullConst() && mayBeNull(a);
        if (!skipTypeCheck) {
            checkType(reg, regno, a);
            checkRegOff(reg, regno, a);
        }
        if (a == Arg.PTR_TO_RINGBUF_MEM_RELEASE) {
            if (reg.refObjId == 0 && !reg.isNullConst()) throw env.rejectReg(regno, Messages.NOT_REFERENCED, regno);
            meta.releaseRefId = reg.refObjId;
        }
        switch (a) {
            case CONST_MAP_PTR -> {
                meta.map = reg.map;
                meta.mapIndex = reg.mapIndex;
            }
            case PTR_TO_MAP_KEY -> {
                mem.helperMemAccess(regno, meta.map.keySize(), false, false, null);
                if (MemAccess.isArrayMap(meta.map.type())) meta.constMapKey = constantMapKey(reg, meta.map.keySize());
            }
            case PTR_TO_MAP_VALUE, PTR_TO_UNINIT_MAP_VALUE ->
                    mem.helperMemAccess(regno, meta.map.valueSize(), a == Arg.PTR_TO_UNINIT_MAP_VALUE, false, null);
            case CONST_SIZE, CONST_SIZE_OR_ZERO -> {
                Arg prev = fn.arg(i - 1);
                boolean write = prev == Arg.PTR_TO_UNINIT_MEM || prev == Arg.PTR_TO_MEM_OR_NULL;
                memSize(reg, regno, write, a == Arg.CONST_SIZE_OR_ZERO);
                env.precision.markReg(regno);
            }
            case CONST_ALLOC_SIZE_OR_ZERO -> {
                if (!reg.varOff.isConst()) throw env.rejectReg(regno, Messages.NOT_KNOWN_CONSTANT, regno);
                meta.memSize = reg.varOff.value();
                env.precision.markReg(regno);
            }
            case PTR_TO_SPIN_LOCK -> throw env.reject(String.format(
                    "map '%s' has to have BTF in order to use bpf_spin_lock", reg.map == null ? "" : reg.map.name()));
            case PTR_TO_CONST_STR -> constString(reg, regno);
            default -> { }
        }
    }

    /** check_reg_type(). */
    private void checkType(RegState reg, int regno, Arg a) {
        String expected;
        boolean ok;
        RegType t = reg.type;
        boolean plain = !reg.maybeNull;
        switch (a) {
            case CONST_MAP_PTR -> {
                expected = "map_ptr";
                ok = t == RegType.CONST_PTR_TO_MAP && plain;
            }
            case PTR_TO_MAP_KEY, PTR_TO_MAP_VALUE, PTR_TO_UNINIT_MAP_VALUE -> {
                expected = KEY_VALUE_TYPES;
                ok = plain && !reg.rdonly && (t == RegType.PTR_TO_STACK || t == RegType.PTR_TO_PACKET
                        || t == RegType.PTR_TO_PACKET_META || t == RegType.PTR_TO_MAP_KEY
                        || t == RegType.PTR_TO_MAP_VALUE || t == RegType.PTR_TO_MEM);
            }
            case PTR_TO_MEM_RDONLY, PTR_TO_MEM_RDONLY_OR_NULL, PTR_TO_MEM_OR_NULL, PTR_TO_UNINIT_MEM -> {
                expected = MEM_TYPES;
                boolean rdonlyArg = a == Arg.PTR_TO_MEM_RDONLY || a == Arg.PTR_TO_MEM_RDONLY_OR_NULL;
                ok = plain && (rdonlyArg || !reg.rdonly) && (t == RegType.PTR_TO_STACK || t == RegType.PTR_TO_PACKET
                        || t == RegType.PTR_TO_PACKET_META || t == RegType.PTR_TO_MAP_KEY
                        || t == RegType.PTR_TO_MAP_VALUE || t == RegType.PTR_TO_MEM);
            }
            case PTR_TO_CTX -> {
                expected = "ctx";
                ok = t == RegType.PTR_TO_CTX && plain;
            }
            case CONST_SIZE, CONST_SIZE_OR_ZERO, CONST_ALLOC_SIZE_OR_ZERO -> {
                expected = "scalar";
                ok = t == RegType.SCALAR_VALUE;
            }
            case PTR_TO_RINGBUF_MEM_RELEASE -> {
                expected = "ringbuf_mem";
                ok = t == RegType.PTR_TO_MEM && reg.ringbuf && plain;
            }
            case PTR_TO_SPIN_LOCK -> {
                expected = "map_value, ptr_";
                ok = t == RegType.PTR_TO_MAP_VALUE && plain;
            }
            case PTR_TO_FUNC -> {
                expected = "func";
                ok = t == RegType.PTR_TO_FUNC;
            }
            case PTR_TO_STACK_OR_NULL -> {
                expected = "fp";
                ok = t == RegType.PTR_TO_STACK;
            }
            case PTR_TO_CONST_STR -> {
                expected = "map_value";
                ok = t == RegType.PTR_TO_MAP_VALUE && plain;
            }
            default -> {
                return;
            }
        }
        if (!ok) throw env.rejectReg(regno, Messages.ARG_TYPE, regno, RegFormat.typeName(reg), expected);
    }

    /** check_func_arg_reg_off(). */
    private void checkRegOff(RegState reg, int regno, Arg a) {
        if (a == Arg.PTR_TO_RINGBUF_MEM_RELEASE) {
            if (reg.off != 0) throw env.rejectReg(regno, Messages.RELEASE_ZERO_OFF, regno);
            mem.checkPtrOffReg(reg, regno, false);
            return;
        }
        switch (reg.type) {
            case PTR_TO_STACK, PTR_TO_PACKET, PTR_TO_PACKET_META, PTR_TO_MAP_KEY, PTR_TO_MAP_VALUE, PTR_TO_MEM,
                 SCALAR_VALUE -> { }
            default -> mem.checkPtrOffReg(reg, regno, false);
        }
    }

    /** check_mem_size_reg(). */
    private void memSize(RegState reg, int regno, boolean write, boolean zeroOk) {
        if (reg.smin < 0) throw env.rejectReg(regno, Messages.SIZE_NEGATIVE, regno);
        if (reg.umin == 0 && !zeroOk) throw env.rejectReg(regno, Messages.ZERO_SIZED_READ, regno, reg.umin, reg.umax);
        if (Long.compareUnsigned(reg.umax, MAX_VAR_SIZ) >= 0) throw env.rejectReg(regno, Messages.SIZE_UNBOUNDED, regno);
        mem.helperMemAccess(regno - 1, reg.umax, write, zeroOk, null);
    }

    /** get_constant_map_key(): a constant key on the stack lets array lookups skip the NULL check. */
    private long constantMapKey(RegState key, int keySize) {
        if (key.type != RegType.PTR_TO_STACK || !key.varOff.isConst()) return -1;
        FuncState st = env.cur.frames[key.frameno];
        long stackOff = key.off + key.varOff.value();
        int slot = (int) (-stackOff - 1);
        int spi = slot / 8;
        int off = slot % 8;
        int sbase = spi * 8;
        int zeroSize = 0;
        for (int i = off; i >= 0 && st.type(sbase + i) == FuncState.STACK_ZERO; i--) zeroSize++;
        if (zeroSize >= keySize) return 0;
        if (!st.isSpilled(spi) || st.spill(spi).type != RegType.SCALAR_VALUE) return -1;
        int spillSize = 0;
        for (int i = off; i >= 0 && st.type(sbase + i) == FuncState.STACK_SPILL; i--) spillSize++;
        if (spillSize != keySize) return -1;
        RegState r = st.spill(spi);
        if (!r.varOff.isConst()) return -1;
        return r.varOff.value();
    }

    private void constString(RegState reg, int regno) {
        MapSpec m = reg.map;
        if (m == null || !m.frozen()) throw env.rejectReg(regno, "R%d does not point to a readonly map'", regno);
        if (!reg.varOff.isConst()) throw env.rejectReg(regno, "R%d is not a constant address'", regno);
        byte[] data = m.initialData();
        long off = reg.off + reg.varOff.value();
        if (data != null) {
            for (long i = off; i < data.length; i++) {
                if (data[(int) i] == 0) return;
            }
        }
        throw env.reject("string is not zero-terminated");
    }
}
