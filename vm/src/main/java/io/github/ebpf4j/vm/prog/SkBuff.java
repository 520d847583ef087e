package io.github.ebpf4j.vm.prog;

/**
 * {@code struct __sk_buff}, the context of socket filter, TC (sched_cls, sched_act), cgroup_skb
 * and other skb programs (include/uapi/linux/bpf.h). Offsets checked against the BTF of Linux 6.18
 * ({@code bpftool btf dump file /sys/kernel/btf/vmlinux}: size 192).
 *
 * <p>Access rules, from net/core/filter.c: {@code bpf_skb_is_valid_access()} (aligned; narrow
 * 1/2-byte reads of u32 fields allowed; writes 4 bytes; data/data_end/data_meta and the socket
 * address fields only as whole u32; tstamp and hwtstamp only as u64, hwtstamp read-only;
 * flow_keys and tstamp_type not accessible; sk read-only u64) plus the program type's own rules
 * ({@code sk_filter_is_valid_access}, {@code tc_cls_act_is_valid_access},
 * {@code cg_skb_is_valid_access}) implemented in {@link #canRead} and {@link #canWrite}.
 */
public final class SkBuff {
    /** {@code __u32 len}. */ public static final int LEN = 0;
    /** {@code __u32 pkt_type}. */ public static final int PKT_TYPE = 4;
    /** {@code __u32 mark}. */ public static final int MARK = 8;
    /** {@code __u32 queue_mapping}. */ public static final int QUEUE_MAPPING = 12;
    /** {@code __u32 protocol} (a __be16 value). */ public static final int PROTOCOL = 16;
    /** {@code __u32 vlan_present}. */ public static final int VLAN_PRESENT = 20;
    /** {@code __u32 vlan_tci}. */ public static final int VLAN_TCI = 24;
    /** {@code __u32 vlan_proto} (a __be16 value). */ public static final int VLAN_PROTO = 28;
    /** {@code __u32 priority}. */ public static final int PRIORITY = 32;
    /** {@code __u32 ingress_ifindex}. */ public static final int INGRESS_IFINDEX = 36;
    /** {@code __u32 ifindex}. */ public static final int IFINDEX = 40;
    /** {@code __u32 tc_index}. */ public static final int TC_INDEX = 44;
    /** {@code __u32 cb[5]}: 20 bytes of control block. */ public static final int CB = 48;
    /** {@code __u32 hash}. */ public static final int HASH = 68;
    /** {@code __u32 tc_classid}. */ public static final int TC_CLASSID = 72;
    /** {@code __u32 data}. */ public static final int DATA = 76;
    /** {@code __u32 data_end}. */ public static final int DATA_END = 80;
    /** {@code __u32 napi_id}. */ public static final int NAPI_ID = 84;
    /** {@code __u32 family}. */ public static final int FAMILY = 88;
    /** {@code __u32 remote_ip4}. */ public static final int REMOTE_IP4 = 92;
    /** {@code __u32 local_ip4}. */ public static final int LOCAL_IP4 = 96;
    /** {@code __u32 remote_ip6[4]}. */ public static final int REMOTE_IP6 = 100;
    /** {@code __u32 local_ip6[4]}. */ public static final int LOCAL_IP6 = 116;
    /** {@code __u32 remote_port}. */ public static final int REMOTE_PORT = 132;
    /** {@code __u32 local_port}. */ public static final int LOCAL_PORT = 136;
    /** {@code __u32 data_meta}. */ public static final int DATA_META = 140;
    /** {@code struct bpf_flow_keys *flow_keys} (8 bytes). */ public static final int FLOW_KEYS = 144;
    /** {@code __u64 tstamp}. */ public static final int TSTAMP = 152;
    /** {@code __u32 wire_len}. */ public static final int WIRE_LEN = 160;
    /** {@code __u32 gso_segs}. */ public static final int GSO_SEGS = 164;
    /** {@code struct bpf_sock *sk} (8 bytes). */ public static final int SK = 168;
    /** {@code __u32 gso_size}. */ public static final int GSO_SIZE = 176;
    /** {@code __u8 tstamp_type}. */ public static final int TSTAMP_TYPE = 180;
    /** {@code __u64 hwtstamp}. */ public static final int HWTSTAMP = 184;
    /** {@code sizeof(struct __sk_buff)}. */ public static final int SIZE = 192;

    /** The layout as data. */
    public static final CtxLayout LAYOUT = CtxLayout.of("struct __sk_buff", SIZE,
            "len", LEN, 4, "pkt_type", PKT_TYPE, 4, "mark", MARK, 4, "queue_mapping", QUEUE_MAPPING, 4,
            "protocol", PROTOCOL, 4, "vlan_present", VLAN_PRESENT, 4, "vlan_tci", VLAN_TCI, 4,
            "vlan_proto", VLAN_PROTO, 4, "priority", PRIORITY, 4, "ingress_ifindex", INGRESS_IFINDEX, 4,
            "ifindex", IFINDEX, 4, "tc_index", TC_INDEX, 4,
            "cb[0]", CB, 4, "cb[1]", CB + 4, 4, "cb[2]", CB + 8, 4, "cb[3]", CB + 12, 4, "cb[4]", CB + 16, 4,
            "hash", HASH, 4, "tc_classid", TC_CLASSID, 4, "data", DATA, 4, "data_end", DATA_END, 4,
            "napi_id", NAPI_ID, 4, "family", FAMILY, 4, "remote_ip4", REMOTE_IP4, 4, "local_ip4", LOCAL_IP4, 4,
            "remote_ip6[0]", REMOTE_IP6, 4, "remote_ip6[1]", REMOTE_IP6 + 4, 4, "remote_ip6[2]", REMOTE_IP6 + 8, 4,
            "remote_ip6[3]", REMOTE_IP6 + 12, 4, "local_ip6[0]", LOCAL_IP6, 4, "local_ip6[1]", LOCAL_IP6 + 4, 4,
            "local_ip6[2]", LOCAL_IP6 + 8, 4, "local_ip6[3]", LOCAL_IP6 + 12, 4,
            "remote_port", REMOTE_PORT, 4, "local_port", LOCAL_PORT, 4, "data_meta", DATA_META, 4,
            "flow_keys", FLOW_KEYS, 8, "tstamp", TSTAMP, 8, "wire_len", WIRE_LEN, 4, "gso_segs", GSO_SEGS, 4,
            "sk", SK, 8, "gso_size", GSO_SIZE, 4, "tstamp_type", TSTAMP_TYPE, 1, "hwtstamp", HWTSTAMP, 8);

    private SkBuff() {
    }

    private static boolean in(int off, int start, int endExclusive) {
        return off >= start && off < endExclusive;
    }

    /** {@code bpf_skb_is_valid_access()}. */
    private static boolean common(int off, int size, boolean write) {
        if (off < 0 || off >= SIZE || size <= 0 || size > 8 || off % size != 0) return false;
        if (in(off, CB, CB + 20)) return off + size <= CB + 20; // any aligned size, writes too
        if (in(off, REMOTE_IP4, LOCAL_IP6 + 16) || in(off, DATA, DATA_END + 4) || in(off, DATA_META, DATA_META + 4)) {
            return size == 4;
        }
        if (in(off, FLOW_KEYS, FLOW_KEYS + 8)) return false;
        if (in(off, HWTSTAMP, HWTSTAMP + 8)) return !write && size == 8 && off == HWTSTAMP;
        if (in(off, TSTAMP, TSTAMP + 8)) return size == 8 && off == TSTAMP;
        if (in(off, SK, SK + 8)) return !write && size == 8 && off == SK;
        if (in(off, TSTAMP_TYPE, HWTSTAMP)) return false; // tstamp_type and padding
        if (write) return size == 4;
        return size <= 4; // narrow reads of u32 fields (bpf_ctx_narrow_access_ok)
    }

    /**
     * @param type program type
     * @param off byte offset
     * @param size access size
     * @return whether the kernel lets a program of that type read these bytes of the context
     */
    public static boolean canRead(ProgramType type, int off, int size) {
        switch (type) {
            case SOCKET_FILTER -> {
                if (in(off, TC_CLASSID, TC_CLASSID + 4) || in(off, DATA, DATA_END + 4) || in(off, DATA_META, DATA_META + 4)
                        || in(off, FAMILY, LOCAL_PORT + 4) || in(off, TSTAMP, TSTAMP + 8) || in(off, WIRE_LEN, WIRE_LEN + 4)
                        || in(off, HWTSTAMP, HWTSTAMP + 8)) return false;
            }
            case SCHED_CLS, SCHED_ACT -> {
                if (in(off, FAMILY, LOCAL_PORT + 4)) return false;
            }
            case CGROUP_SKB -> {
                if (in(off, TC_CLASSID, TC_CLASSID + 4) || in(off, DATA_META, DATA_META + 4)
                        || in(off, WIRE_LEN, WIRE_LEN + 4)) return false;
            }
            default -> {
                return false;
            }
        }
        return common(off, size, false);
    }

    /**
     * @param type program type
     * @param off byte offset
     * @param size access size
     * @return whether the kernel lets a program of that type write these bytes of the context
     */
    public static boolean canWrite(ProgramType type, int off, int size) {
        boolean ok = switch (type) {
            case SOCKET_FILTER -> in(off, CB, CB + 20);
            case SCHED_CLS, SCHED_ACT -> in(off, MARK, MARK + 4) || in(off, TC_INDEX, TC_INDEX + 4)
                    || in(off, PRIORITY, PRIORITY + 4) || in(off, TC_CLASSID, TC_CLASSID + 4) || in(off, CB, CB + 20)
                    || in(off, TSTAMP, TSTAMP + 8) || in(off, QUEUE_MAPPING, QUEUE_MAPPING + 4);
            case CGROUP_SKB -> in(off, MARK, MARK + 4) || in(off, PRIORITY, PRIORITY + 4) || in(off, CB, CB + 20)
                    || in(off, TSTAMP, TSTAMP + 8);
            default -> false;
        };
        return ok && common(off, size, true);
    }
}
