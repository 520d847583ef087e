package io.github.ebpf4j.verifier;

import io.github.ebpf4j.vm.prog.SubprogProto;
import static io.github.ebpf4j.vm.isa.Bpf.*;

import io.github.ebpf4j.vm.helpers.HelperId;
import io.github.ebpf4j.vm.isa.Insn;
import java.util.List;

/**
 * Global functions, verified as the Linux 6.18 kernel does. A call to a global function checks
 * the caller's r1-r5 against the callee's BTF prototype ({@code btf_check_subprog_call()}),
 * then treats the callee as valid: r0 becomes an unknown scalar, r1-r5 unreadable, and the walk
 * goes on after the call ({@code check_func_call()}). After the main program, each global
 * function that some walk called is verified once on its own, from a frame built from its
 * prototype, until no new one is called ({@code do_check_subprogs()}, {@code do_check_common()});
 * the processed-instruction count adds up over all walks.
 *
 * <p>Static functions keep being walked at every call ({@link DoCheck}). Without prototypes
 * (raw programs) every function is static.
 */
final class GlobalFuncs {
    private static final int CALLER_SAVED = 6;

    private final Env env;
    private final Cfg cfg;
    /** Prototype per subprogram index; null where the BTF says nothing. */
    private final SubprogProto[] protos;
    /** btf_prepare_func_args() results, computed on first use (kernel: args_cached). */
    private final SubprogArgs[] prepared;
    /** Subprograms whose code calls a helper that moves packet data (kernel: changes_pkt_data). */
    private final boolean[] changesPktData;
    private final boolean[] called;
    private final boolean[] verified;

    private GlobalFuncs(Env env, Cfg cfg, SubprogProto[] protos) {
        this.env = env;
        this.cfg = cfg;
        this.protos = protos;
        int n = protos.length;
        this.prepared = new SubprogArgs[n];
        this.called = new boolean[n];
        this.verified = new boolean[n];
        this.changesPktData = pktChangers(env, cfg);
    }

    /**
     * @param env the verification
     * @param cfg the program's structure (subprogram starts)
     * @return the global functions of the program, or null when its options carry no global prototype
     */
    static GlobalFuncs of(Env env, Cfg cfg) {
        List<SubprogProto> list = env.opts.subprogs();
        SubprogProto[] protos = new SubprogProto[cfg.subprogs.size()];
        boolean any = false;
        for (SubprogProto p : list) {
            int idx = cfg.subprogs.indexOf(p.start());
            if (idx <= 0) continue; // the main program is never verified as a global function
            protos[idx] = p;
            any |= p.global();
        }
        return any ? new GlobalFuncs(env, cfg, protos) : null;
    }

    /**
     * do_check_common() for the main program reads its prototype too (to mark its BTF reliable or
     * not) and btf_prepare_func_args() logs what it cannot use, e.g. a {@code void *ctx}
     * parameter; the walk goes on regardless.
     *
     * @param env the verification, before the main program's walk
     */
    static void logMainPrototype(Env env) {
        for (SubprogProto p : env.opts.subprogs()) {
            if (p.start() != 0 || !p.global()) continue;
            String error = SubprogArgs.prepare(p, env.opts.type()).error();
            if (error != null) env.verbose(error + "\n");
        }
    }

    /** @param subprog subprogram index @return whether calls to it are checked against its prototype */
    boolean isGlobal(int subprog) {
        return subprog > 0 && subprog < protos.length && protos[subprog] != null && protos[subprog].global();
    }

    private SubprogArgs prepare(int subprog) {
        if (prepared[subprog] == null) prepared[subprog] = SubprogArgs.prepare(protos[subprog], env.opts.type());
        return prepared[subprog];
    }

    /**
     * The global-function branch of check_func_call() at the current call instruction: the
     * arguments must fit the prototype; then r0 is an unknown scalar and r1-r5 are unreadable.
     *
     * @param subprog the callee's index
     * @param mem memory checks of the current walk (for pointer arguments)
     */
    void call(int subprog, MemAccess mem) {
        String name = protos[subprog].name();
        try {
            checkArgs(subprog, mem);
        } catch (Env.Reject r) {
            throw env.reject(String.format(Messages.CALLER_INVALID_ARGS, subprog, name));
        }
        env.verbose(String.format(Messages.GLOBAL_ASSUMED_VALID, subprog, name) + "\n");
        if (changesPktData[subprog]) DoCheck.clearPktPointers(env.cur);
        called[subprog] = true;
        RegState[] regs = env.regs();
        for (int i = 0; i < CALLER_SAVED; i++) {
            regs[i].markNotInit();
            env.scratchReg(i);
        }
        regs[0].markUnknown();
    }

    /** btf_check_func_arg_match(): rejects (with the reason's line) when an argument does not fit. */
    private void checkArgs(int subprog, MemAccess mem) {
        SubprogArgs a = prepare(subprog);
        if (a.error() != null) throw env.reject(a.error());
        RegState[] regs = env.regs();
        for (int i = 0; i < a.args().size(); i++) {
            SubprogArgs.ArgSpec arg = a.args().get(i);
            int regno = i + 1;
            RegState reg = regs[regno];
            switch (arg.kind()) {
                case SCALAR -> {
                    if (reg.type != RegType.SCALAR_VALUE) throw env.reject(Messages.NOT_A_SCALAR, regno);
                }
                case CTX -> {
                    checkRegOff(reg, regno, mem);
                    if (reg.type != RegType.PTR_TO_CTX) throw env.reject(Messages.ARG_EXPECTS_CTX, i);
                }
                case MEM -> {
                    checkRegOff(reg, regno, mem);
                    checkMemReg(reg, regno, arg.memSize(), mem);
                    if (!arg.nullable() && reg.maybeNull) throw env.reject(Messages.ARG_EXPECTED_NON_NULL, i);
                }
            }
        }
    }

    /** check_func_arg_reg_off() with ARG_DONTCARE. */
    private static void checkRegOff(RegState reg, int regno, MemAccess mem) {
        switch (reg.type) {
            case PTR_TO_STACK, PTR_TO_PACKET, PTR_TO_PACKET_META, PTR_TO_MAP_KEY, PTR_TO_MAP_VALUE, PTR_TO_MEM,
                 SCALAR_VALUE -> { }
            default -> mem.checkPtrOffReg(reg, regno, false);
        }
    }

    /**
     * check_mem_reg(): NULL passes; otherwise, taken as not NULL for the check, the register must
     * allow reading and writing {@code size} bytes (writing clobbers what the stack knew).
     */
    private static void checkMemReg(RegState reg, int regno, long size, MemAccess mem) {
        if (reg.isNullConst()) return;
        boolean mayBeNull = reg.maybeNull;
        reg.maybeNull = false;
        try {
            mem.helperMemAccess(regno, size, false, true, null);
            mem.helperMemAccess(regno, size, true, true, null);
        } finally {
            reg.maybeNull = mayBeNull;
        }
    }

    /**
     * do_check_subprogs(): verifies, in index order and until none is left, every global function
     * that was called and not verified yet, each from its prototype in a walk of its own.
     *
     * @throws Env.Reject when one of them is rejected
     */
    void verifyCalled() {
        boolean again = true;
        while (again) {
            again = false;
            for (int i = 1; i < protos.length; i++) {
                if (!isGlobal(i) || !called[i] || verified[i]) continue;
                verify(i);
                env.verbose(String.format(Messages.GLOBAL_SAFE, i, protos[i].name()) + "\n");
                verified[i] = true;
                again = true;
            }
        }
    }

    /** do_check_common() for a global function. */
    private void verify(int subprog) {
        SubprogProto p = protos[subprog];
        int start = cfg.subprogs.get(subprog);
        env.verbose(String.format(Messages.VALIDATING, p.name(), subprog) + "\n");
        SubprogArgs a = prepare(subprog);
        if (a.error() != null) {
            env.insnIdx = start;
            throw env.reject(a.error());
        }
        FuncState f = FuncState.entry(0, subprog, -1);
        for (int i = 0; i < a.args().size(); i++) {
            SubprogArgs.ArgSpec arg = a.args().get(i);
            RegState r = f.regs[i + 1];
            switch (arg.kind()) {
                case SCALAR -> r.markUnknown();
                case CTX -> r.markKnownZeroPointer(RegType.PTR_TO_CTX);
                case MEM -> {
                    r.markKnownZeroPointer(RegType.PTR_TO_MEM);
                    r.memSize = (int) arg.memSize();
                    if (arg.nullable()) {
                        r.maybeNull = true;
                        r.id = ++env.idGen;
                    }
                }
            }
        }
        env.prevInsnIdx = -1;
        env.prevLogPos = 0;
        env.markAllScratched();
        new DoCheck(env, cfg, f, start).run();
        // a walk that ends well leaves nothing in a level-1 log (pop_log in do_check_common())
        if (env.opts.logLevel() == 1) env.truncateLog(0);
    }

    /**
     * Which subprograms may move packet data: those calling such a helper, and those calling a
     * subprogram that does (kernel: mark_subprog_changes_pkt_data(), merged over calls).
     */
    private static boolean[] pktChangers(Env env, Cfg cfg) {
        int n = cfg.subprogs.size();
        boolean[] changes = new boolean[n];
        boolean[][] calls = new boolean[n][n];
        for (int s = 0; s < n; s++) {
            int end = s + 1 < n ? cfg.subprogs.get(s + 1) : env.prog.size();
            for (int i = cfg.subprogs.get(s); i < end; i++) {
                Insn in = env.prog.insn(i);
                if (in.opcode() != CALL) continue;
                if (in.src() == BPF_PSEUDO_CALL) {
                    int callee = cfg.subprogs.indexOf(i + in.imm() + 1);
                    if (callee >= 0) calls[s][callee] = true;
                } else if (in.src() == 0) {
                    HelperId h = HelperId.of(in.imm());
                    HelperProto fn = h == null ? null : HelperProto.of(h);
                    if (fn != null && fn.changesPktData()) changes[s] = true;
                }
            }
        }
        for (boolean grew = true; grew; ) {
            grew = false;
            for (int s = 0; s < n; s++) {
                for (int c = 0; c < n && !changes[s]; c++) {
                    if (calls[s][c] && changes[c]) {
                        changes[s] = true;
                        grew = true;
                    }
                }
            }
        }
        return changes;
    }
}
