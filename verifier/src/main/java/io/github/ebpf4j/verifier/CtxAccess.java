package io.github.ebpf4j.verifier;

import io.github.ebpf4j.vm.prog.ProgramType;
import io.github.ebpf4j.vm.prog.PtRegs;
import io.github.ebpf4j.vm.prog.SkBuff;
import io.github.ebpf4j.vm.prog.XdpMd;

/**
 * Which bytes of the context a program type may read or write, and what type the loaded value
 * gets: mirrors the {@code *_is_valid_access()} callbacks of net/core/filter.c and
 * kernel/trace/bpf_trace.c for {@code struct xdp_md}, {@code struct __sk_buff} (socket filter,
 * tc, cgroup skb), {@code struct pt_regs} (kprobe, x86-64) and tracepoints.
 */
final class CtxAccess {
    private CtxAccess() {}

    /** Result of a permitted access: the type of the loaded register. */
    record Access(RegType type, boolean maybeNull) {
        static final Access SCALAR = new Access(RegType.SCALAR_VALUE, false);
    }

    // struct xdp_md and struct __sk_buff offsets: the vm's context layouts are the one source
    static final int XDP_DATA = XdpMd.DATA, XDP_DATA_END = XdpMd.DATA_END, XDP_DATA_META = XdpMd.DATA_META,
            XDP_EGRESS_IFINDEX = XdpMd.EGRESS_IFINDEX, XDP_SIZE = XdpMd.SIZE;

    static final int SKB_MARK = SkBuff.MARK, SKB_QUEUE_MAPPING = SkBuff.QUEUE_MAPPING, SKB_PRIORITY = SkBuff.PRIORITY,
            SKB_TC_INDEX = SkBuff.TC_INDEX, SKB_CB0 = SkBuff.CB, SKB_CB_END = SkBuff.HASH,
            SKB_TC_CLASSID = SkBuff.TC_CLASSID, SKB_DATA = SkBuff.DATA, SKB_DATA_END = SkBuff.DATA_END,
            SKB_FAMILY = SkBuff.FAMILY, SKB_REMOTE_IP4 = SkBuff.REMOTE_IP4, SKB_LOCAL_IP4 = SkBuff.LOCAL_IP4,
            SKB_REMOTE_IP6 = SkBuff.REMOTE_IP6, SKB_LOCAL_IP6 = SkBuff.LOCAL_IP6,
            SKB_LOCAL_PORT_END = SkBuff.DATA_META, SKB_DATA_META = SkBuff.DATA_META,
            SKB_FLOW_KEYS = SkBuff.FLOW_KEYS, SKB_TSTAMP = SkBuff.TSTAMP, SKB_WIRE_LEN = SkBuff.WIRE_LEN,
            SKB_SK = SkBuff.SK, SKB_TSTAMP_TYPE = SkBuff.TSTAMP_TYPE, SKB_HWTSTAMP = SkBuff.HWTSTAMP,
            SKB_SIZE = SkBuff.SIZE;

    /** sizeof(struct pt_regs) on x86-64. */
    static final int PT_REGS_SIZE = PtRegs.SIZE;
    /** PERF_MAX_TRACE_SIZE. */
    static final int PERF_MAX_TRACE_SIZE = 2048;

    /**
     * @param type program type
     * @param off offset into the context
     * @param size access size in bytes
     * @param write store (true) or load (false)
     * @return the access if the kernel allows it, else null
     */
    static Access check(ProgramType type, int off, int size, boolean write) {
        return switch (type) {
            case XDP -> xdp(off, size, write);
            case SOCKET_FILTER -> skFilter(off, size, write);
            case SCHED_CLS, SCHED_ACT -> tcClsAct(off, size, write);
            case CGROUP_SKB -> cgSkb(off, size, write);
            case KPROBE -> kprobe(off, size, write);
            case TRACEPOINT -> tracepoint(off, size, write);
            default -> null;
        };
    }

    /** @return whether the program type has a context description here */
    static boolean known(ProgramType type) {
        return switch (type) {
            case XDP, SOCKET_FILTER, SCHED_CLS, SCHED_ACT, CGROUP_SKB, KPROBE, TRACEPOINT -> true;
            default -> false;
        };
    }

    private static boolean in(int off, int start, int endExclusive) {
        return off >= start && off < endExclusive;
    }

    private static Access xdp(int off, int size, boolean write) {
        if (off == XDP_EGRESS_IFINDEX) return null; // only for BPF_XDP_DEVMAP attach
        if (write) return null;
        RegType t = switch (off) {
            case XDP_DATA -> RegType.PTR_TO_PACKET;
            case XDP_DATA_META -> RegType.PTR_TO_PACKET_META;
            case XDP_DATA_END -> RegType.PTR_TO_PACKET_END;
            default -> RegType.SCALAR_VALUE;
        };
        if (off < 0 || off >= XDP_SIZE || off % size != 0 || size != 4) return null;
        return new Access(t, false);
    }

    /** bpf_skb_is_valid_access(): common to every __sk_buff program type. */
    private static Access skb(int off, int size, boolean write, RegType ptrType) {
        if (off < 0 || off >= SKB_SIZE) return null;
        if (off % size != 0) return null;
        Access result = new Access(ptrType, false);
        if (in(off, SKB_CB0, SKB_CB_END)) {
            if (off + size > SKB_CB_END) return null;
        } else if (in(off, SKB_REMOTE_IP6, SKB_REMOTE_IP6 + 16) || in(off, SKB_LOCAL_IP6, SKB_LOCAL_IP6 + 16)
                || in(off, SKB_REMOTE_IP4, SKB_REMOTE_IP4 + 4) || in(off, SKB_LOCAL_IP4, SKB_LOCAL_IP4 + 4)
                || in(off, SKB_DATA, SKB_DATA + 4) || in(off, SKB_DATA_META, SKB_DATA_META + 4)
                || in(off, SKB_DATA_END, SKB_DATA_END + 4)) {
            if (size != 4) return null;
        } else if (in(off, SKB_FLOW_KEYS, SKB_FLOW_KEYS + 8)) {
            return null;
        } else if (in(off, SKB_HWTSTAMP, SKB_HWTSTAMP + 8)) {
            if (write || size != 8) return null;
        } else if (in(off, SKB_TSTAMP, SKB_TSTAMP + 8)) {
            if (size != 8) return null;
        } else if (off == SKB_SK) {
            if (write || size != 8) return null;
            return new Access(RegType.PTR_TO_SOCK_COMMON, true);
        } else if (off == SKB_TSTAMP_TYPE) {
            return null;
        } else if (in(off, SKB_TSTAMP_TYPE + 1, SKB_HWTSTAMP)) {
            return null;
        } else {
            if (write) {
                if (size != 4) return null;
            } else if (size > 4 || (size & (size - 1)) != 0) {
                return null;
            }
        }
        return result;
    }

    private static Access skFilter(int off, int size, boolean write) {
        if (in(off, SKB_TC_CLASSID, SKB_TC_CLASSID + 4) || in(off, SKB_DATA, SKB_DATA + 4)
                || in(off, SKB_DATA_META, SKB_DATA_META + 4) || in(off, SKB_DATA_END, SKB_DATA_END + 4)
                || in(off, SKB_FAMILY, SKB_LOCAL_PORT_END) || in(off, SKB_TSTAMP, SKB_TSTAMP + 8)
                || in(off, SKB_WIRE_LEN, SKB_WIRE_LEN + 4) || in(off, SKB_HWTSTAMP, SKB_HWTSTAMP + 8)) {
            return null;
        }
        if (write && !in(off, SKB_CB0, SKB_CB_END)) return null;
        return skb(off, size, write, RegType.SCALAR_VALUE);
    }

    private static Access tcClsAct(int off, int size, boolean write) {
        if (write) {
            boolean ok = in(off, SKB_MARK, SKB_MARK + 4) || in(off, SKB_TC_INDEX, SKB_TC_INDEX + 4)
                    || in(off, SKB_PRIORITY, SKB_PRIORITY + 4) || in(off, SKB_TC_CLASSID, SKB_TC_CLASSID + 4)
                    || in(off, SKB_CB0, SKB_CB_END) || in(off, SKB_TSTAMP, SKB_TSTAMP + 8)
                    || in(off, SKB_QUEUE_MAPPING, SKB_QUEUE_MAPPING + 4);
            if (!ok) return null;
        }
        RegType t = RegType.SCALAR_VALUE;
        if (in(off, SKB_DATA, SKB_DATA + 4)) {
            t = RegType.PTR_TO_PACKET;
        } else if (in(off, SKB_DATA_META, SKB_DATA_META + 4)) {
            t = RegType.PTR_TO_PACKET_META;
        } else if (in(off, SKB_DATA_END, SKB_DATA_END + 4)) {
            t = RegType.PTR_TO_PACKET_END;
        } else if (in(off, SKB_FAMILY, SKB_LOCAL_PORT_END)) {
            return null;
        } else if (off == SKB_TSTAMP_TYPE) {
            return size == 1 ? Access.SCALAR : null;
        }
        return skb(off, size, write, t);
    }

    private static Access cgSkb(int off, int size, boolean write) {
        if (in(off, SKB_TC_CLASSID, SKB_TC_CLASSID + 4) || in(off, SKB_DATA_META, SKB_DATA_META + 4)
                || in(off, SKB_WIRE_LEN, SKB_WIRE_LEN + 4)) {
            return null;
        }
        if (write) {
            boolean ok = in(off, SKB_MARK, SKB_MARK + 4) || in(off, SKB_PRIORITY, SKB_PRIORITY + 4)
                    || in(off, SKB_CB0, SKB_CB_END) || in(off, SKB_TSTAMP, SKB_TSTAMP + 8);
            if (!ok) return null;
        }
        RegType t = RegType.SCALAR_VALUE;
        if (in(off, SKB_DATA, SKB_DATA + 4)) t = RegType.PTR_TO_PACKET;
        else if (in(off, SKB_DATA_END, SKB_DATA_END + 4)) t = RegType.PTR_TO_PACKET_END;
        return skb(off, size, write, t);
    }

    private static Access kprobe(int off, int size, boolean write) {
        if (off < 0 || off >= PT_REGS_SIZE) return null;
        if (write) return null;
        if (off % size != 0) return null;
        if (off + size > PT_REGS_SIZE) return null;
        return Access.SCALAR;
    }

    private static Access tracepoint(int off, int size, boolean write) {
        if (off < 8 || off >= PERF_MAX_TRACE_SIZE) return null;
        if (write) return null;
        if (off % size != 0) return null;
        return Access.SCALAR;
    }
}
