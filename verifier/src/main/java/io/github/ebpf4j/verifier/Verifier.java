package io.github.ebpf4j.verifier;

import io.github.ebpf4j.vm.isa.Program;
import java.util.List;

/**
 * Says what the Linux kernel's verifier (privileged load, Linux 6.18) would say about a program:
 * the same verdict, failing instruction and message. Layers: structure ({@link Cfg}: the kernel's
 * check_subprogs/resolve_pseudo_ldimm64/check_cfg), then path exploration ({@link DoCheck}:
 * do_check with register and stack tracking, state pruning, static functions and callbacks) of
 * the main program and, when the options carry BTF prototypes, of each called global function on
 * its own ({@link GlobalFuncs}).
 *
 * <p>Usage: {@code Verifier.verify(program, VerifierOptions.of(ProgramType.XDP))}.
 */
public final class Verifier {
    private Verifier() {}

    /**
     * @param program the instructions
     * @param options program type, maps and limits
     * @return the verdict; rejections are results, never exceptions
     */
    public static VerificationResult verify(Program program, VerifierOptions options) {
        Env env = new Env(program, options);
        if (program.size() == 0) {
            return reject(env, -1, List.of("empty program"), 0);
        }
        if (program.size() > 1_000_000) {
            return reject(env, -1, List.of("BPF program is too large"), 0);
        }
        Cfg[] cfg = new Cfg[1];
        boolean funcInfo = !options.subprogs().isEmpty();
        Cfg.Error e = Cfg.check(program, options.maps().size(), options.strictLoops(), funcInfo, cfg);
        if (e == null && funcInfo) e = TailCalls.nonScalarReturn(program, cfg[0].subprogs, options.subprogs());
        if (e != null) {
            env.verbose(e.message() + "\n");
            return reject(env, e.insn(), List.of(e.message()), 0);
        }
        env.globals = GlobalFuncs.of(env, cfg[0]);
        GlobalFuncs.logMainPrototype(env);
        DoCheck check = new DoCheck(env, cfg[0]);
        if (options.logLevel() >= 2) logSubprogsAndLiveness(env, cfg[0], check.liveness());
        try {
            check.run();
            // every path ended well: a level-1 log keeps none of them, as the kernel's does
            if (options.logLevel() == 1) env.truncateLog(0);
            // then each called global function, once, from its prototype (do_check_subprogs())
            if (env.globals != null) env.globals.verifyCalled();
            check.checkMaxStackDepth();
        } catch (Env.Reject r) {
            VerificationResult res = reject(env, env.insnIdx, env.errorLines, env.processed);
            if (env.failedReg < 0 || env.insnIdx < 0 || env.insnIdx >= program.size()) return res;
            FailingValue v = new FailingValue(env.failedReg, Provenance.of(program).producers(env.insnIdx, env.failedReg));
            return new VerificationResult(false, res.insn(), res.messages(), res.insnsProcessed(), res.log(), v);
        }
        env.verbose(processedLine(env, env.processed));
        return new VerificationResult(true, -1, List.of(), env.processed, env.log.toString());
    }

    private static VerificationResult reject(Env env, int insn, List<String> lines, int processed) {
        env.verbose(processedLine(env, processed));
        return new VerificationResult(false, insn, lines, processed, env.log.toString());
    }

    private static String processedLine(Env env, int n) {
        return "processed " + n + " insns (limit 1000000) max_states_per_insn " + env.maxStatesPerInsn + " total_states "
                + env.totalStates + " peak_states " + env.peakStates + " mark_read 0\n";
    }

    /**
     * The level-2 preamble: "func#N @start" per subprogram (check_subprogs()) and the live
     * registers before each instruction (compute_live_registers()). The kernel's column of
     * strongly-connected-component numbers for instructions in loops is left blank.
     */
    private static void logSubprogsAndLiveness(Env env, Cfg cfg, Liveness live) {
        for (int i = 0; i < cfg.subprogs.size(); i++) env.verbose("func#" + i + " @" + cfg.subprogs.get(i) + "\n");
        StringBuilder b = new StringBuilder("Live regs before insn:\n");
        Program p = env.prog;
        for (int i = 0; i < p.size(); i++) {
            b.append(String.format("    %3d: ", i));
            int m = live.regsLiveBefore(i);
            for (int r = 0; r < 10; r++) b.append((m & (1 << r)) != 0 ? (char) ('0' + r) : '.');
            long next = i + 1 < p.size() ? p.word(i + 1) : 0;
            b.append(' ').append(InsnPrinter.print(p.word(i), next)).append('\n');
            if (p.insn(i).opcode() == io.github.ebpf4j.vm.isa.Bpf.LD_IMM64) i++;
        }
        env.verbose(b.toString());
    }
}
