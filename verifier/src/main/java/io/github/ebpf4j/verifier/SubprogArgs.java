package io.github.ebpf4j.verifier;

import io.github.ebpf4j.vm.prog.SubprogProto;
import io.github.ebpf4j.vm.prog.ProgramType;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What a global function's prototype means to the verifier: mirrors
 * {@code btf_prepare_func_args()} of kernel/bpf/btf.c (Linux 6.18) and
 * {@code btf_is_prog_ctx_type()}. Each parameter becomes a scalar ({@code int}, enums), the
 * program's context (a pointer to the program type's context struct, or any pointer tagged
 * {@code arg:ctx}), or memory of the pointed-to type's size that may be NULL unless tagged
 * {@code arg:nonnull}. Anything else is an error with the kernel's message.
 *
 * @param args the parameters as the verifier sees them, empty on error
 * @param error the kernel's log line when the prototype cannot be used, else null
 */
record SubprogArgs(List<ArgSpec> args, String error) {

    /** What a parameter register holds at entry (kernel: {@code struct bpf_subprog_arg_info}). */
    enum Kind {
        /** ARG_ANYTHING: any scalar. */ SCALAR,
        /** ARG_PTR_TO_CTX: the program's context. */ CTX,
        /** ARG_PTR_TO_MEM, maybe with PTR_MAYBE_NULL: memory of {@code memSize} bytes. */ MEM
    }

    /**
     * One parameter.
     * @param kind what it holds @param memSize for MEM: the size @param nullable for MEM: may be NULL
     */
    record ArgSpec(Kind kind, long memSize, boolean nullable) {}

    /** MAX_BPF_FUNC_REG_ARGS. */
    private static final int MAX_ARGS = 5;
    private static final Set<String> KNOWN_TAGS = Set.of("ctx", "trusted", "untrusted", "nonnull", "nullable", "arena");

    private static SubprogArgs error(String line) {
        return new SubprogArgs(List.of(), line);
    }

    /**
     * @param p the function's prototype (global linkage)
     * @param type the program type (decides which struct is the context)
     * @return the parameters, or the kernel's error line
     */
    static SubprogArgs prepare(SubprogProto p, ProgramType type) {
        String fn = p.name();
        if (p.args().size() > MAX_ARGS) {
            return error(String.format(Messages.GLOBAL_TOO_MANY_ARGS, fn, p.args().size(), MAX_ARGS));
        }
        if (!isScalarKind(p.returnKind())) return error(String.format(Messages.GLOBAL_NOT_SCALAR_RETURN, fn));
        List<ArgSpec> out = new ArrayList<>();
        for (int i = 0; i < p.args().size(); i++) {
            SubprogProto.Arg a = p.args().get(i);
            Set<String> tags = a.tags();
            if (!KNOWN_TAGS.containsAll(tags)) return error(String.format(Messages.ARG_UNSUPPORTED_TAGS, i));
            if (!a.pointer()) {
                if (!tags.isEmpty()) return error(String.format(Messages.ARG_TAG_NOT_POINTER, i));
                if (!isScalarKind(a.kind())) return error(String.format(Messages.ARG_NOT_SUPPORTED, i, a.kind(), fn));
                out.add(new ArgSpec(Kind.SCALAR, 0, false));
                continue;
            }
            if (tags.contains("ctx") || isCtxType(a, type)) {
                if (tags.size() > (tags.contains("ctx") ? 1 : 0)) return error(String.format(Messages.ARG_INVALID_TAGS, i));
                String bad = tags.contains("ctx") ? validateCtxTag(a, i, type) : null;
                if (bad != null) return error(bad);
                out.add(new ArgSpec(Kind.CTX, 0, false));
                continue;
            }
            if (a.pointeeKind().equals("STRUCT") && a.pointeeName().equals("bpf_dynptr")) {
                return error(String.format(Messages.GLOBAL_ARG_UNSUPPORTED, i, fn, "a dynptr"));
            }
            for (String t : List.of("trusted", "untrusted", "arena")) {
                if (tags.contains(t)) return error(String.format(Messages.GLOBAL_ARG_UNSUPPORTED, i, fn, "tagged arg:" + t));
            }
            if (tags.contains("nullable")) return error(String.format(Messages.ARG_INVALID_TAGS, i));
            if (a.pointeeSize() < 0) {
                return error(String.format(Messages.ARG_SIZE_UNKNOWN, i, a.pointeeKind(), a.pointeeName()));
            }
            out.add(new ArgSpec(Kind.MEM, a.pointeeSize(), !tags.contains("nonnull")));
        }
        return new SubprogArgs(List.copyOf(out), null);
    }

    /**
     * btf_validate_prog_ctx_type(): what a pointer tagged {@code arg:ctx} may point to. Always
     * void; for kprobes and perf events struct pt_regs; u64 for raw tracepoints, LSM and
     * struct_ops; anything for tracepoints, syscall and extension programs; otherwise the program
     * type's context struct. Tracing programs are judged without their attach type (fentry and
     * raw tracepoints take u64 or bpf_raw_tracepoint_args, iterators bpf_iter__ structs).
     *
     * @return the kernel's log line when the type does not fit, else null
     */
    private static String validateCtxTag(SubprogProto.Arg a, int i, ProgramType type) {
        String kind = a.pointeeKind();
        String name = a.pointeeName();
        if (kind.equals("UNKNOWN")) return null; // void *ctx __arg_ctx
        if (name.isEmpty()) return String.format(Messages.ARG_CTX_NO_NAME, i);
        boolean struct = kind.equals("STRUCT");
        boolean u64 = kind.equals("INT") && a.pointeeSize() == 8;
        switch (type) {
            case KPROBE, PERF_EVENT -> {
                if (struct && name.equals("pt_regs")) return null;
            }
            case RAW_TRACEPOINT, RAW_TRACEPOINT_WRITABLE, LSM, STRUCT_OPS -> {
                if (u64) return null;
            }
            case TRACING -> {
                if (u64 || (struct && (name.equals("bpf_raw_tracepoint_args") || name.startsWith("bpf_iter__")))) {
                    return null;
                }
            }
            case TRACEPOINT, SYSCALL, EXT -> {
                return null;
            }
            default -> { }
        }
        String ctx = ctxStructName(type);
        if (ctx == null) return String.format(Messages.ARG_CTX_VOID_ONLY, i);
        if (!struct || !name.equals(ctx)) return String.format(Messages.ARG_CTX_SHOULD_BE, i, ctx);
        return null;
    }

    private static boolean isScalarKind(String kind) {
        return kind.equals("INT") || kind.equals("ENUM") || kind.equals("ENUM64");
    }

    /**
     * btf_is_prog_ctx_type(): the pointer points to the struct the kernel's bpf_types.h names as
     * the program type's context (or the kernel-side struct it projects, sk_buff and xdp_buff).
     * For kprobes, bpf_user_pt_regs_t is matched through the struct it names on x86, pt_regs.
     */
    private static boolean isCtxType(SubprogProto.Arg a, ProgramType type) {
        if (!a.pointeeKind().equals("STRUCT") || a.pointeeName().isEmpty()) return false;
        String ctx = ctxStructName(type);
        if (ctx == null) return false;
        String n = a.pointeeName();
        return n.equals(ctx) || (ctx.equals("__sk_buff") && n.equals("sk_buff"))
                || (ctx.equals("xdp_md") && n.equals("xdp_buff"));
    }

    /** @return the context struct's name in include/linux/bpf_types.h, null when it is not a struct */
    static String ctxStructName(ProgramType type) {
        return switch (type) {
            case SOCKET_FILTER, SCHED_CLS, SCHED_ACT, CGROUP_SKB, LWT_IN, LWT_OUT, LWT_XMIT, LWT_SEG6LOCAL, SK_SKB,
                 FLOW_DISSECTOR -> "__sk_buff";
            case XDP -> "xdp_md";
            case KPROBE -> "pt_regs";
            case PERF_EVENT -> "bpf_perf_event_data";
            case CGROUP_SOCK -> "bpf_sock";
            case SOCK_OPS -> "bpf_sock_ops";
            case CGROUP_DEVICE -> "bpf_cgroup_dev_ctx";
            case SK_MSG -> "sk_msg_md";
            case RAW_TRACEPOINT, RAW_TRACEPOINT_WRITABLE -> "bpf_raw_tracepoint_args";
            case CGROUP_SOCK_ADDR -> "bpf_sock_addr";
            case SK_REUSEPORT -> "sk_reuseport_md";
            case CGROUP_SYSCTL -> "bpf_sysctl";
            case CGROUP_SOCKOPT -> "bpf_sockopt";
            case SK_LOOKUP -> "bpf_sk_lookup";
            case NETFILTER -> "bpf_nf_ctx";
            default -> null;
        };
    }
}
