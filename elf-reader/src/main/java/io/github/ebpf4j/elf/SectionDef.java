package io.github.ebpf4j.elf;

import io.github.ebpf4j.vm.prog.AttachType;
import io.github.ebpf4j.vm.prog.ProgramType;
import java.util.List;
import java.util.Optional;

/**
 * One entry of libbpf's section-name table: which program type and expected attach type a
 * program in an ELF section of that name gets. Mirrors {@code section_defs[]} and
 * {@code sec_def_matches()} in libbpf's src/libbpf.c (libbpf/libbpf, July 2026); the rows below
 * are that table's facts, in its order (the first match wins).
 *
 * @param pattern the table's section pattern: {@code "xdp"} matches exactly; {@code "kprobe+"}
 *     matches {@code "kprobe"} or {@code "kprobe/..."}; a pattern ending in {@code '/'} needs
 *     the extra part
 * @param programType program type
 * @param attachType expected attach type, or null when the table gives 0 (none)
 * @param flags libbpf's {@code sec_def_flags}: see the {@code FLAG_} constants
 */
public record SectionDef(String pattern, ProgramType programType, AttachType attachType, int flags) {

    /** SEC_EXP_ATTACH_OPT: the expected attach type is optional on old kernels. */
    public static final int FLAG_EXP_ATTACH_OPT = 1;
    /** SEC_ATTACHABLE: legacy marker of programs attachable with BPF_PROG_ATTACH. */
    public static final int FLAG_ATTACHABLE = 2;
    /** SEC_ATTACH_BTF: the attach target is named by BTF (fentry, lsm, iter, ...). */
    public static final int FLAG_ATTACH_BTF = 4;
    /** SEC_SLEEPABLE: the program is loaded with BPF_F_SLEEPABLE. */
    public static final int FLAG_SLEEPABLE = 8;
    /** SEC_XDP_FRAGS: the program is loaded with BPF_F_XDP_HAS_FRAGS. */
    public static final int FLAG_XDP_FRAGS = 16;
    /** SEC_USDT: USDT probe. */
    public static final int FLAG_USDT = 32;

    private static final List<SectionDef> TABLE = List.of(
            def("socket", ProgramType.SOCKET_FILTER, null, 0),
            def("sk_reuseport/migrate", ProgramType.SK_REUSEPORT, AttachType.SK_REUSEPORT_SELECT_OR_MIGRATE, 2),
            def("sk_reuseport", ProgramType.SK_REUSEPORT, AttachType.SK_REUSEPORT_SELECT, 2),
            def("kprobe+", ProgramType.KPROBE, null, 0),
            def("uprobe+", ProgramType.KPROBE, null, 0),
            def("uprobe.s+", ProgramType.KPROBE, null, 8),
            def("kretprobe+", ProgramType.KPROBE, null, 0),
            def("uretprobe+", ProgramType.KPROBE, null, 0),
            def("uretprobe.s+", ProgramType.KPROBE, null, 8),
            def("kprobe.multi+", ProgramType.KPROBE, AttachType.TRACE_KPROBE_MULTI, 0),
            def("kretprobe.multi+", ProgramType.KPROBE, AttachType.TRACE_KPROBE_MULTI, 0),
            def("kprobe.session+", ProgramType.KPROBE, AttachType.TRACE_KPROBE_SESSION, 0),
            def("uprobe.multi+", ProgramType.KPROBE, AttachType.TRACE_UPROBE_MULTI, 0),
            def("uretprobe.multi+", ProgramType.KPROBE, AttachType.TRACE_UPROBE_MULTI, 0),
            def("uprobe.session+", ProgramType.KPROBE, AttachType.TRACE_UPROBE_SESSION, 0),
            def("uprobe.multi.s+", ProgramType.KPROBE, AttachType.TRACE_UPROBE_MULTI, 8),
            def("uretprobe.multi.s+", ProgramType.KPROBE, AttachType.TRACE_UPROBE_MULTI, 8),
            def("uprobe.session.s+", ProgramType.KPROBE, AttachType.TRACE_UPROBE_SESSION, 8),
            def("ksyscall+", ProgramType.KPROBE, null, 0),
            def("kretsyscall+", ProgramType.KPROBE, null, 0),
            def("usdt+", ProgramType.KPROBE, null, 32),
            def("usdt.s+", ProgramType.KPROBE, null, 40),
            def("tc/ingress", ProgramType.SCHED_CLS, AttachType.TCX_INGRESS, 0),
            def("tc/egress", ProgramType.SCHED_CLS, AttachType.TCX_EGRESS, 0),
            def("tcx/ingress", ProgramType.SCHED_CLS, AttachType.TCX_INGRESS, 0),
            def("tcx/egress", ProgramType.SCHED_CLS, AttachType.TCX_EGRESS, 0),
            def("tc", ProgramType.SCHED_CLS, null, 0),
            def("classifier", ProgramType.SCHED_CLS, null, 0),
            def("action", ProgramType.SCHED_ACT, null, 0),
            def("netkit/primary", ProgramType.SCHED_CLS, AttachType.NETKIT_PRIMARY, 0),
            def("netkit/peer", ProgramType.SCHED_CLS, AttachType.NETKIT_PEER, 0),
            def("tracepoint+", ProgramType.TRACEPOINT, null, 0),
            def("tp+", ProgramType.TRACEPOINT, null, 0),
            def("tracepoint.s+", ProgramType.TRACEPOINT, null, 8),
            def("tp.s+", ProgramType.TRACEPOINT, null, 8),
            def("raw_tracepoint+", ProgramType.RAW_TRACEPOINT, null, 0),
            def("raw_tp+", ProgramType.RAW_TRACEPOINT, null, 0),
            def("raw_tracepoint.s+", ProgramType.RAW_TRACEPOINT, null, 8),
            def("raw_tp.s+", ProgramType.RAW_TRACEPOINT, null, 8),
            def("raw_tracepoint.w+", ProgramType.RAW_TRACEPOINT_WRITABLE, null, 0),
            def("raw_tp.w+", ProgramType.RAW_TRACEPOINT_WRITABLE, null, 0),
            def("tp_btf+", ProgramType.TRACING, AttachType.TRACE_RAW_TP, 4),
            def("tp_btf.s+", ProgramType.TRACING, AttachType.TRACE_RAW_TP, 12),
            def("fentry+", ProgramType.TRACING, AttachType.TRACE_FENTRY, 4),
            def("fmod_ret+", ProgramType.TRACING, AttachType.MODIFY_RETURN, 4),
            def("fexit+", ProgramType.TRACING, AttachType.TRACE_FEXIT, 4),
            def("fentry.s+", ProgramType.TRACING, AttachType.TRACE_FENTRY, 12),
            def("fmod_ret.s+", ProgramType.TRACING, AttachType.MODIFY_RETURN, 12),
            def("fexit.s+", ProgramType.TRACING, AttachType.TRACE_FEXIT, 12),
            def("fsession+", ProgramType.TRACING, AttachType.TRACE_FSESSION, 4),
            def("fsession.s+", ProgramType.TRACING, AttachType.TRACE_FSESSION, 12),
            def("fsession.multi+", ProgramType.TRACING, AttachType.TRACE_FSESSION_MULTI, 0),
            def("fsession.multi.s+", ProgramType.TRACING, AttachType.TRACE_FSESSION_MULTI, 8),
            def("fentry.multi+", ProgramType.TRACING, AttachType.TRACE_FENTRY_MULTI, 0),
            def("fexit.multi+", ProgramType.TRACING, AttachType.TRACE_FEXIT_MULTI, 0),
            def("fentry.multi.s+", ProgramType.TRACING, AttachType.TRACE_FENTRY_MULTI, 8),
            def("fexit.multi.s+", ProgramType.TRACING, AttachType.TRACE_FEXIT_MULTI, 8),
            def("freplace+", ProgramType.EXT, null, 4),
            def("lsm+", ProgramType.LSM, AttachType.LSM_MAC, 4),
            def("lsm.s+", ProgramType.LSM, AttachType.LSM_MAC, 12),
            def("lsm_cgroup+", ProgramType.LSM, AttachType.LSM_CGROUP, 4),
            def("iter+", ProgramType.TRACING, AttachType.TRACE_ITER, 4),
            def("iter.s+", ProgramType.TRACING, AttachType.TRACE_ITER, 12),
            def("syscall", ProgramType.SYSCALL, null, 8),
            def("xdp.frags/devmap", ProgramType.XDP, AttachType.XDP_DEVMAP, 16),
            def("xdp/devmap", ProgramType.XDP, AttachType.XDP_DEVMAP, 2),
            def("xdp.frags/cpumap", ProgramType.XDP, AttachType.XDP_CPUMAP, 16),
            def("xdp/cpumap", ProgramType.XDP, AttachType.XDP_CPUMAP, 2),
            def("xdp.frags", ProgramType.XDP, AttachType.XDP, 16),
            def("xdp", ProgramType.XDP, AttachType.XDP, 3),
            def("perf_event", ProgramType.PERF_EVENT, null, 0),
            def("lwt_in", ProgramType.LWT_IN, null, 0),
            def("lwt_out", ProgramType.LWT_OUT, null, 0),
            def("lwt_xmit", ProgramType.LWT_XMIT, null, 0),
            def("lwt_seg6local", ProgramType.LWT_SEG6LOCAL, null, 0),
            def("sockops", ProgramType.SOCK_OPS, AttachType.CGROUP_SOCK_OPS, 3),
            def("sk_skb/stream_parser", ProgramType.SK_SKB, AttachType.SK_SKB_STREAM_PARSER, 3),
            def("sk_skb/stream_verdict", ProgramType.SK_SKB, AttachType.SK_SKB_STREAM_VERDICT, 3),
            def("sk_skb/verdict", ProgramType.SK_SKB, AttachType.SK_SKB_VERDICT, 3),
            def("sk_skb", ProgramType.SK_SKB, null, 0),
            def("sk_msg", ProgramType.SK_MSG, AttachType.SK_MSG_VERDICT, 3),
            def("lirc_mode2", ProgramType.LIRC_MODE2, AttachType.LIRC_MODE2, 3),
            def("flow_dissector", ProgramType.FLOW_DISSECTOR, AttachType.FLOW_DISSECTOR, 3),
            def("cgroup_skb/ingress", ProgramType.CGROUP_SKB, AttachType.CGROUP_INET_INGRESS, 3),
            def("cgroup_skb/egress", ProgramType.CGROUP_SKB, AttachType.CGROUP_INET_EGRESS, 3),
            def("cgroup/skb", ProgramType.CGROUP_SKB, null, 0),
            def("cgroup/sock_create", ProgramType.CGROUP_SOCK, AttachType.CGROUP_INET_SOCK_CREATE, 2),
            def("cgroup/sock_release", ProgramType.CGROUP_SOCK, AttachType.CGROUP_INET_SOCK_RELEASE, 2),
            def("cgroup/sock", ProgramType.CGROUP_SOCK, AttachType.CGROUP_INET_SOCK_CREATE, 3),
            def("cgroup/post_bind4", ProgramType.CGROUP_SOCK, AttachType.CGROUP_INET4_POST_BIND, 2),
            def("cgroup/post_bind6", ProgramType.CGROUP_SOCK, AttachType.CGROUP_INET6_POST_BIND, 2),
            def("cgroup/bind4", ProgramType.CGROUP_SOCK_ADDR, AttachType.CGROUP_INET4_BIND, 2),
            def("cgroup/bind6", ProgramType.CGROUP_SOCK_ADDR, AttachType.CGROUP_INET6_BIND, 2),
            def("cgroup/connect4", ProgramType.CGROUP_SOCK_ADDR, AttachType.CGROUP_INET4_CONNECT, 2),
            def("cgroup/connect6", ProgramType.CGROUP_SOCK_ADDR, AttachType.CGROUP_INET6_CONNECT, 2),
            def("cgroup/connect_unix", ProgramType.CGROUP_SOCK_ADDR, AttachType.CGROUP_UNIX_CONNECT, 2),
            def("cgroup/sendmsg4", ProgramType.CGROUP_SOCK_ADDR, AttachType.CGROUP_UDP4_SENDMSG, 2),
            def("cgroup/sendmsg6", ProgramType.CGROUP_SOCK_ADDR, AttachType.CGROUP_UDP6_SENDMSG, 2),
            def("cgroup/sendmsg_unix", ProgramType.CGROUP_SOCK_ADDR, AttachType.CGROUP_UNIX_SENDMSG, 2),
            def("cgroup/recvmsg4", ProgramType.CGROUP_SOCK_ADDR, AttachType.CGROUP_UDP4_RECVMSG, 2),
            def("cgroup/recvmsg6", ProgramType.CGROUP_SOCK_ADDR, AttachType.CGROUP_UDP6_RECVMSG, 2),
            def("cgroup/recvmsg_unix", ProgramType.CGROUP_SOCK_ADDR, AttachType.CGROUP_UNIX_RECVMSG, 2),
            def("cgroup/getpeername4", ProgramType.CGROUP_SOCK_ADDR, AttachType.CGROUP_INET4_GETPEERNAME, 2),
            def("cgroup/getpeername6", ProgramType.CGROUP_SOCK_ADDR, AttachType.CGROUP_INET6_GETPEERNAME, 2),
            def("cgroup/getpeername_unix", ProgramType.CGROUP_SOCK_ADDR, AttachType.CGROUP_UNIX_GETPEERNAME, 2),
            def("cgroup/getsockname4", ProgramType.CGROUP_SOCK_ADDR, AttachType.CGROUP_INET4_GETSOCKNAME, 2),
            def("cgroup/getsockname6", ProgramType.CGROUP_SOCK_ADDR, AttachType.CGROUP_INET6_GETSOCKNAME, 2),
            def("cgroup/getsockname_unix", ProgramType.CGROUP_SOCK_ADDR, AttachType.CGROUP_UNIX_GETSOCKNAME, 2),
            def("cgroup/sysctl", ProgramType.CGROUP_SYSCTL, AttachType.CGROUP_SYSCTL, 2),
            def("cgroup/getsockopt", ProgramType.CGROUP_SOCKOPT, AttachType.CGROUP_GETSOCKOPT, 2),
            def("cgroup/setsockopt", ProgramType.CGROUP_SOCKOPT, AttachType.CGROUP_SETSOCKOPT, 2),
            def("cgroup/dev", ProgramType.CGROUP_DEVICE, AttachType.CGROUP_DEVICE, 3),
            def("struct_ops+", ProgramType.STRUCT_OPS, null, 0),
            def("struct_ops.s+", ProgramType.STRUCT_OPS, null, 8),
            def("sk_lookup", ProgramType.SK_LOOKUP, AttachType.SK_LOOKUP, 2),
            def("netfilter", ProgramType.NETFILTER, AttachType.NETFILTER, 0)
    );

    private static SectionDef def(String pattern, ProgramType type, AttachType attach, int flags) {
        return new SectionDef(pattern, type, attach, flags);
    }

    /** @return libbpf's table, in matching order */
    public static List<SectionDef> table() {
        return TABLE;
    }

    /**
     * Finds the definition for a section name the way libbpf's {@code find_sec_def()} does.
     *
     * @param sectionName ELF section name, e.g. {@code "kprobe/do_nanosleep"}
     * @return the first matching definition, or empty (libbpf then leaves the type unspecified)
     */
    public static Optional<SectionDef> find(String sectionName) {
        for (SectionDef d : TABLE) {
            if (d.matches(sectionName)) return Optional.of(d);
        }
        return Optional.empty();
    }

    /**
     * Mirrors {@code sec_def_matches()}.
     *
     * @param sectionName ELF section name
     * @return whether this definition applies to it
     */
    public boolean matches(String sectionName) {
        if (pattern.endsWith("/")) return sectionName.startsWith(pattern);
        if (pattern.endsWith("+")) {
            String stem = pattern.substring(0, pattern.length() - 1);
            if (!sectionName.startsWith(stem)) return false;
            return sectionName.length() == stem.length() || sectionName.charAt(stem.length()) == '/';
        }
        return sectionName.equals(pattern);
    }

    /** @return whether programs of this section are sleepable */
    public boolean sleepable() {
        return (flags & FLAG_SLEEPABLE) != 0;
    }

    /** @return whether XDP programs of this section support fragments */
    public boolean xdpFrags() {
        return (flags & FLAG_XDP_FRAGS) != 0;
    }
}
