package io.github.ebpf4j.verifier;

import io.github.ebpf4j.vm.prog.SubprogProto;
import static io.github.ebpf4j.vm.isa.Bpf.*;

import io.github.ebpf4j.vm.helpers.HelperId;
import io.github.ebpf4j.vm.isa.Insn;
import io.github.ebpf4j.vm.isa.Program;
import java.util.List;
import java.util.Set;

/**
 * The kernel's rules on {@code bpf_tail_call()} beyond its argument types (Linux 6.18,
 * kernel/bpf/verifier.c; the argument and map checks are {@link HelperArgs} and
 * {@code check_map_func_compatibility()} in {@link DoCheck}):
 *
 * <ul>
 *   <li>{@code check_abnormal_return()}: a load without BTF func_info may not tail call, nor use
 *       LD_ABS/LD_IND, in any subprogram but the main one; both can leave the function early,
 *       which its caller could only be verified against through a BTF prototype. The kernel checks
 *       this right after {@code check_subprogs()}, before it resolves LD_IMM64 or walks the CFG;
 *   <li>{@code check_btf_func()}: with func_info, a subprogram whose BTF prototype does not return
 *       a scalar may not tail call or use LD_ABS (after the CFG walk);
 *   <li>{@code check_max_stack_depth()}: a subprogram that tail calls may not be reached with
 *       {@value #MAX_CALLER_STACK} bytes or more of stack in its callers' frames, because a tail
 *       call replaces only the current frame and up to 33 programs can run on top of the callers'
 *       frames;
 *   <li>{@code do_check()}: a tail call may end the current function (in a subprogram, the caller
 *       then continues with an unknown r0) or fail and fall through with r0 unset; the kernel
 *       explores both ({@link DoCheck}). LD_ABS/LD_IND end the function the same way when the
 *       load falls outside the packet.
 * </ul>
 *
 * <p>Callbacks (Linux 6.18): a bpf_loop() or bpf_for_each_map_elem() callback may call a
 * subprogram that tail calls (accepted; later kernels say "cannot tail call within callback"); a
 * tail call directly in a callback is rejected at the callback's return, where the kernel's
 * precision backtracking reports its own bug ("verifier bug: callback unexpected regs 1") and
 * ebpf4j the return-range check. Exception callbacks ("cannot tail call within exception cb")
 * need bpf_throw, a kfunc, which ebpf4j does not model.
 */
final class TailCalls {
    /**
     * Return kinds the kernel takes as scalar ({@code btf_type_is_small_int()} or an enum); an
     * INT wider than 8 bytes would not count, which {@link SubprogProto} does not say.
     */
    private static final Set<String> SCALAR_KINDS = Set.of("INT", "ENUM", "ENUM64");

    /** The most stack the frames below a tail-calling subprogram may use, exclusive. */
    static final int MAX_CALLER_STACK = 256;

    private TailCalls() {}

    /** @param in an instruction @return whether it calls helper 12, bpf_tail_call */
    static boolean isTailCall(Insn in) {
        return in.opcode() == CALL && in.src() == 0 && in.imm() == HelperId.TAIL_CALL.id();
    }

    private static boolean isLdAbs(Insn in) {
        int code = in.opcode();
        return (code & 7) == BPF_LD && ((code & 0xe0) == BPF_ABS || (code & 0xe0) == BPF_IND);
    }

    /**
     * @param p the program
     * @param start first instruction of a subprogram
     * @param end one past its last instruction
     * @return whether any instruction in [start, end) is a tail call (the kernel's
     *     {@code has_tail_call}, set by a linear scan, reachable or not)
     */
    static boolean hasTailCall(Program p, int start, int end) {
        for (int i = start; i < end; i++) {
            if (isTailCall(p.insn(i))) return true;
        }
        return false;
    }

    /**
     * check_abnormal_return(), for a load without BTF func_info.
     *
     * @param p the program
     * @param subprogs subprogram start indices, the main program's first
     * @return the rejection, or null when no subprogram but the main one tail calls or uses LD_ABS
     */
    static Cfg.Error abnormalReturn(Program p, List<Integer> subprogs) {
        for (int s = 1; s < subprogs.size(); s++) {
            int start = subprogs.get(s);
            int end = s + 1 < subprogs.size() ? subprogs.get(s + 1) : p.size();
            boolean ldAbs = false;
            boolean tailCall = false;
            for (int i = start; i < end; i++) {
                Insn in = p.insn(i);
                ldAbs |= isLdAbs(in);
                tailCall |= isTailCall(in);
            }
            if (ldAbs) return new Cfg.Error(Messages.LD_ABS_NO_BTF, -1);
            if (tailCall) return new Cfg.Error(Messages.TAIL_CALL_NO_BTF, -1);
        }
        return null;
    }

    /**
     * check_btf_func()'s return-type rule, for a load with BTF func_info: a subprogram whose
     * prototype returns neither an integer nor an enum (void, a pointer...) may not use LD_ABS
     * nor tail call.
     *
     * @param p the program
     * @param subprogs subprogram start indices, the main program's first
     * @param protos the functions' BTF prototypes
     * @return the rejection, or null
     */
    static Cfg.Error nonScalarReturn(Program p, List<Integer> subprogs, List<SubprogProto> protos) {
        for (int s = 1; s < subprogs.size(); s++) {
            int start = subprogs.get(s);
            SubprogProto proto = protos.stream().filter(f -> f.start() == start).findFirst().orElse(null);
            if (proto == null || SCALAR_KINDS.contains(proto.returnKind())) continue;
            int end = s + 1 < subprogs.size() ? subprogs.get(s + 1) : p.size();
            boolean ldAbs = false;
            for (int i = start; i < end; i++) ldAbs |= isLdAbs(p.insn(i));
            if (ldAbs) return new Cfg.Error(Messages.LD_ABS_NOT_INT, -1);
            if (hasTailCall(p, start, end)) return new Cfg.Error(Messages.TAIL_CALL_NOT_INT, -1);
        }
        return null;
    }
}
