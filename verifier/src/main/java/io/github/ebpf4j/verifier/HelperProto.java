package io.github.ebpf4j.verifier;

import io.github.ebpf4j.vm.helpers.HelperId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A helper's prototype as the verifier checks it: argument kinds and return kind, mirroring the
 * {@code struct bpf_func_proto} definitions in the kernel (kernel/bpf/helpers.c,
 * net/core/filter.c, kernel/trace/bpf_trace.c, kernel/bpf/ringbuf.c).
 *
 * @param id the helper
 * @param ret what r0 holds after the call
 * @param args argument kinds of r1..r5 (shorter lists mean the rest are unused)
 * @param gplOnly the helper needs a GPL-compatible license
 * @param changesPktData the helper may move packet data (bpf_helper_changes_pkt_data())
 */
record HelperProto(HelperId id, Ret ret, List<Arg> args, boolean gplOnly, boolean changesPktData) {

    /** Argument kinds (enum bpf_arg_type with its flags folded in). */
    enum Arg {
        /** Unused argument. */ DONTCARE,
        /** Any initialised value. */ ANYTHING,
        /** A map pointer (LD_IMM64). */ CONST_MAP_PTR,
        /** Pointer to map-key-size readable bytes. */ PTR_TO_MAP_KEY,
        /** Pointer to map-value-size readable bytes. */ PTR_TO_MAP_VALUE,
        /** Pointer to map-value-size bytes the helper writes. */ PTR_TO_UNINIT_MAP_VALUE,
        /** The context. */ PTR_TO_CTX,
        /** Readable memory, size in the next argument. */ PTR_TO_MEM_RDONLY,
        /** Readable memory or NULL, size in the next argument. */ PTR_TO_MEM_RDONLY_OR_NULL,
        /** Writable memory, size in the next argument. */ PTR_TO_MEM_OR_NULL,
        /** Memory the helper fills, size in the next argument. */ PTR_TO_UNINIT_MEM,
        /** Constant size, non-zero. */ CONST_SIZE,
        /** Constant size, may be zero. */ CONST_SIZE_OR_ZERO,
        /** Allocation size, must be a known constant. */ CONST_ALLOC_SIZE_OR_ZERO,
        /** A ring buffer record to release. */ PTR_TO_RINGBUF_MEM_RELEASE,
        /** Pointer to a bpf_spin_lock in a map value. */ PTR_TO_SPIN_LOCK,
        /** A subprogram (callback). */ PTR_TO_FUNC,
        /** Stack pointer or NULL (callback context). */ PTR_TO_STACK_OR_NULL,
        /** A constant string in a read-only map. */ PTR_TO_CONST_STR
    }

    /** Return kinds (enum bpf_return_type with its flags folded in). */
    enum Ret {
        /** A scalar. */ INTEGER,
        /** Nothing: r0 becomes unreadable. */ VOID,
        /** A map value of the argument's map, or NULL. */ PTR_TO_MAP_VALUE_OR_NULL,
        /** A ring buffer record of the requested size, or NULL. */ PTR_TO_RINGBUF_MEM_OR_NULL
    }

    private static final Map<HelperId, HelperProto> PROTOS = new EnumMap<>(HelperId.class);

    private static void def(HelperId id, Ret ret, Arg... args) {
        PROTOS.put(id, new HelperProto(id, ret, List.of(args), false, false));
    }

    private static void gpl(HelperId id, Ret ret, Arg... args) {
        PROTOS.put(id, new HelperProto(id, ret, List.of(args), true, false));
    }

    private static void pkt(HelperId id, Ret ret, Arg... args) {
        PROTOS.put(id, new HelperProto(id, ret, List.of(args), false, true));
    }

    static {
        Ret I = Ret.INTEGER;
        Arg any = Arg.ANYTHING;
        Arg map = Arg.CONST_MAP_PTR;
        Arg ctx = Arg.PTR_TO_CTX;
        def(HelperId.MAP_LOOKUP_ELEM, Ret.PTR_TO_MAP_VALUE_OR_NULL, map, Arg.PTR_TO_MAP_KEY);
        def(HelperId.MAP_UPDATE_ELEM, I, map, Arg.PTR_TO_MAP_KEY, Arg.PTR_TO_MAP_VALUE, any);
        def(HelperId.MAP_DELETE_ELEM, I, map, Arg.PTR_TO_MAP_KEY);
        def(HelperId.MAP_PUSH_ELEM, I, map, Arg.PTR_TO_MAP_VALUE, any);
        def(HelperId.MAP_POP_ELEM, I, map, Arg.PTR_TO_UNINIT_MAP_VALUE);
        def(HelperId.MAP_PEEK_ELEM, I, map, Arg.PTR_TO_UNINIT_MAP_VALUE);
        gpl(HelperId.PROBE_READ, I, Arg.PTR_TO_UNINIT_MEM, Arg.CONST_SIZE_OR_ZERO, any);
        def(HelperId.KTIME_GET_NS, I);
        gpl(HelperId.TRACE_PRINTK, I, Arg.PTR_TO_MEM_RDONLY, Arg.CONST_SIZE);
        def(HelperId.GET_PRANDOM_U32, I);
        def(HelperId.GET_SMP_PROCESSOR_ID, I);
        pkt(HelperId.SKB_STORE_BYTES, I, ctx, any, Arg.PTR_TO_MEM_RDONLY, Arg.CONST_SIZE, any);
        pkt(HelperId.L3_CSUM_REPLACE, I, ctx, any, any, any, any);
        pkt(HelperId.L4_CSUM_REPLACE, I, ctx, any, any, any, any);
        pkt(HelperId.TAIL_CALL, Ret.VOID, ctx, map, any);
        pkt(HelperId.CLONE_REDIRECT, I, ctx, any, any);
        gpl(HelperId.GET_CURRENT_PID_TGID, I);
        gpl(HelperId.GET_CURRENT_UID_GID, I);
        gpl(HelperId.GET_CURRENT_COMM, I, Arg.PTR_TO_UNINIT_MEM, Arg.CONST_SIZE);
        pkt(HelperId.SKB_VLAN_PUSH, I, ctx, any, any);
        pkt(HelperId.SKB_VLAN_POP, I, ctx);
        def(HelperId.REDIRECT, I, any, any);
        gpl(HelperId.PERF_EVENT_OUTPUT, I, ctx, map, any, Arg.PTR_TO_MEM_RDONLY, Arg.CONST_SIZE_OR_ZERO);
        def(HelperId.SKB_LOAD_BYTES, I, ctx, any, Arg.PTR_TO_UNINIT_MEM, Arg.CONST_SIZE);
        def(HelperId.CSUM_DIFF, I, Arg.PTR_TO_MEM_RDONLY_OR_NULL, Arg.CONST_SIZE_OR_ZERO,
                Arg.PTR_TO_MEM_RDONLY_OR_NULL, Arg.CONST_SIZE_OR_ZERO, any);
        def(HelperId.GET_HASH_RECALC, I, ctx);
        gpl(HelperId.GET_CURRENT_TASK, I);
        pkt(HelperId.SKB_CHANGE_TAIL, I, ctx, any, any);
        pkt(HelperId.SKB_PULL_DATA, I, ctx, any);
        def(HelperId.GET_NUMA_NODE_ID, I);
        pkt(HelperId.SKB_CHANGE_HEAD, I, ctx, any, any);
        pkt(HelperId.XDP_ADJUST_HEAD, I, ctx, any);
        def(HelperId.GET_SOCKET_COOKIE, I, ctx);
        def(HelperId.GET_SOCKET_UID, I, ctx);
        def(HelperId.SET_HASH, I, ctx, any);
        def(HelperId.REDIRECT_MAP, I, map, any, any);
        pkt(HelperId.XDP_ADJUST_META, I, ctx, any);
        pkt(HelperId.XDP_ADJUST_TAIL, I, ctx, any);
        def(HelperId.SPIN_LOCK, Ret.VOID, Arg.PTR_TO_SPIN_LOCK);
        def(HelperId.SPIN_UNLOCK, Ret.VOID, Arg.PTR_TO_SPIN_LOCK);
        gpl(HelperId.PROBE_READ_USER, I, Arg.PTR_TO_UNINIT_MEM, Arg.CONST_SIZE_OR_ZERO, any);
        gpl(HelperId.PROBE_READ_KERNEL, I, Arg.PTR_TO_UNINIT_MEM, Arg.CONST_SIZE_OR_ZERO, any);
        gpl(HelperId.PROBE_READ_USER_STR, I, Arg.PTR_TO_UNINIT_MEM, Arg.CONST_SIZE_OR_ZERO, any);
        gpl(HelperId.PROBE_READ_KERNEL_STR, I, Arg.PTR_TO_UNINIT_MEM, Arg.CONST_SIZE_OR_ZERO, any);
        def(HelperId.JIFFIES64, I);
        def(HelperId.KTIME_GET_BOOT_NS, I);
        def(HelperId.KTIME_GET_COARSE_NS, I);
        def(HelperId.RINGBUF_OUTPUT, I, map, Arg.PTR_TO_MEM_RDONLY, Arg.CONST_SIZE_OR_ZERO, any);
        def(HelperId.RINGBUF_RESERVE, Ret.PTR_TO_RINGBUF_MEM_OR_NULL, map, Arg.CONST_ALLOC_SIZE_OR_ZERO, any);
        def(HelperId.RINGBUF_SUBMIT, Ret.VOID, Arg.PTR_TO_RINGBUF_MEM_RELEASE, any);
        def(HelperId.RINGBUF_DISCARD, Ret.VOID, Arg.PTR_TO_RINGBUF_MEM_RELEASE, any);
        def(HelperId.RINGBUF_QUERY, I, map, any);
        def(HelperId.FOR_EACH_MAP_ELEM, I, map, Arg.PTR_TO_FUNC, Arg.PTR_TO_STACK_OR_NULL, any);
        gpl(HelperId.SNPRINTF, I, Arg.PTR_TO_MEM_OR_NULL, Arg.CONST_SIZE_OR_ZERO, Arg.PTR_TO_CONST_STR,
                Arg.PTR_TO_MEM_RDONLY_OR_NULL, Arg.CONST_SIZE_OR_ZERO);
        def(HelperId.LOOP, I, any, Arg.PTR_TO_FUNC, Arg.PTR_TO_STACK_OR_NULL, any);
        def(HelperId.STRNCMP, I, Arg.PTR_TO_MEM_RDONLY, Arg.CONST_SIZE, Arg.PTR_TO_CONST_STR);
        def(HelperId.XDP_LOAD_BYTES, I, ctx, any, Arg.PTR_TO_UNINIT_MEM, Arg.CONST_SIZE);
        def(HelperId.XDP_STORE_BYTES, I, ctx, any, Arg.PTR_TO_MEM_RDONLY, Arg.CONST_SIZE);
    }

    /** @param id helper @return its prototype, or null when ebpf4j does not model it */
    static HelperProto of(HelperId id) {
        return PROTOS.get(id);
    }

    /** @param i argument index 0..4 @return its kind */
    Arg arg(int i) {
        return i < args.size() ? args.get(i) : Arg.DONTCARE;
    }
}
