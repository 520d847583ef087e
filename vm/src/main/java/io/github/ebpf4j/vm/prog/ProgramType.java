package io.github.ebpf4j.vm.prog;

/**
 * BPF program types. Numbered as {@code enum bpf_prog_type} in include/uapi/linux/bpf.h (Linux 6.1 header plus
 * later additions); the numbers are kernel ABI.
 */
public enum ProgramType {
    /** BPF_PROG_TYPE_UNSPEC = 0. */ UNSPEC(0),
    /** BPF_PROG_TYPE_SOCKET_FILTER = 1. */ SOCKET_FILTER(1),
    /** BPF_PROG_TYPE_KPROBE = 2. */ KPROBE(2),
    /** BPF_PROG_TYPE_SCHED_CLS = 3. */ SCHED_CLS(3),
    /** BPF_PROG_TYPE_SCHED_ACT = 4. */ SCHED_ACT(4),
    /** BPF_PROG_TYPE_TRACEPOINT = 5. */ TRACEPOINT(5),
    /** BPF_PROG_TYPE_XDP = 6. */ XDP(6),
    /** BPF_PROG_TYPE_PERF_EVENT = 7. */ PERF_EVENT(7),
    /** BPF_PROG_TYPE_CGROUP_SKB = 8. */ CGROUP_SKB(8),
    /** BPF_PROG_TYPE_CGROUP_SOCK = 9. */ CGROUP_SOCK(9),
    /** BPF_PROG_TYPE_LWT_IN = 10. */ LWT_IN(10),
    /** BPF_PROG_TYPE_LWT_OUT = 11. */ LWT_OUT(11),
    /** BPF_PROG_TYPE_LWT_XMIT = 12. */ LWT_XMIT(12),
    /** BPF_PROG_TYPE_SOCK_OPS = 13. */ SOCK_OPS(13),
    /** BPF_PROG_TYPE_SK_SKB = 14. */ SK_SKB(14),
    /** BPF_PROG_TYPE_CGROUP_DEVICE = 15. */ CGROUP_DEVICE(15),
    /** BPF_PROG_TYPE_SK_MSG = 16. */ SK_MSG(16),
    /** BPF_PROG_TYPE_RAW_TRACEPOINT = 17. */ RAW_TRACEPOINT(17),
    /** BPF_PROG_TYPE_CGROUP_SOCK_ADDR = 18. */ CGROUP_SOCK_ADDR(18),
    /** BPF_PROG_TYPE_LWT_SEG6LOCAL = 19. */ LWT_SEG6LOCAL(19),
    /** BPF_PROG_TYPE_LIRC_MODE2 = 20. */ LIRC_MODE2(20),
    /** BPF_PROG_TYPE_SK_REUSEPORT = 21. */ SK_REUSEPORT(21),
    /** BPF_PROG_TYPE_FLOW_DISSECTOR = 22. */ FLOW_DISSECTOR(22),
    /** BPF_PROG_TYPE_CGROUP_SYSCTL = 23. */ CGROUP_SYSCTL(23),
    /** BPF_PROG_TYPE_RAW_TRACEPOINT_WRITABLE = 24. */ RAW_TRACEPOINT_WRITABLE(24),
    /** BPF_PROG_TYPE_CGROUP_SOCKOPT = 25. */ CGROUP_SOCKOPT(25),
    /** BPF_PROG_TYPE_TRACING = 26. */ TRACING(26),
    /** BPF_PROG_TYPE_STRUCT_OPS = 27. */ STRUCT_OPS(27),
    /** BPF_PROG_TYPE_EXT = 28. */ EXT(28),
    /** BPF_PROG_TYPE_LSM = 29. */ LSM(29),
    /** BPF_PROG_TYPE_SK_LOOKUP = 30. */ SK_LOOKUP(30),
    /** BPF_PROG_TYPE_SYSCALL = 31. */ SYSCALL(31),
    /** BPF_PROG_TYPE_NETFILTER = 32. */ NETFILTER(32);

    private static final ProgramType[] BY_ID = values();

    private final int id;

    ProgramType(int id) {
        this.id = id;
    }

    /** @return the kernel's number for it */
    public int id() { return id; }

    /** @param id kernel number @return the constant, or null if unknown */
    public static ProgramType of(int id) {
        return id >= 0 && id < BY_ID.length ? BY_ID[id] : null;
    }
}
