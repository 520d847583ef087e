package io.github.ebpf4j.verifier;

import io.github.ebpf4j.vm.isa.Program;
import java.util.ArrayList;
import java.util.List;

/**
 * Per-verification context shared by the checking classes: the program, options, current state,
 * id generator and the log (mirrors the parts of {@code struct bpf_verifier_env} used here).
 * Rejections are raised as {@link Reject} inside the checker and turned into a result at the
 * boundary.
 */
final class Env {
    /** Internal signal: the current instruction is rejected; its lines are in the log. */
    static final class Reject extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Reject() {
            super(null, null, false, false);
        }
    }

    final Program prog;
    final VerifierOptions opts;
    final StringBuilder log = new StringBuilder();
    final List<String> errorLines = new ArrayList<>();
    VerifierState cur;
    int insnIdx;
    /** The register the failing check is about (the "R%d" of most kernel messages), or -1. */
    int failedReg = -1;
    int prevInsnIdx = -1;
    int idGen;
    int processed;
    /** Deepest stack use seen per subprogram (kernel: subprog_info[].stack_depth); set by DoCheck. */
    int[] stackDepth = new int[1];
    /** The program's global functions, null when the options carry no global prototype. */
    GlobalFuncs globals;
    int jmpsProcessed;
    int prevJmpsProcessed;
    int prevInsnProcessed;
    /** Registers touched since the state was last printed (kernel: scratched_regs). */
    int scratchedRegs = -1;
    long scratchedStack = -1L;
    /** Log length before the current instruction's line, and the line's length. */
    long prevLogPos;
    int prevInsnPrintPos;

    /** Precision backtracking over the current path (set by DoCheck). */
    Precision precision;
    /** Stack liveness recorded while walking (set by DoCheck). */
    Liveness live;
    /** The current instruction spilled or filled a register at a constant stack offset: Trace flags. */
    int stackAccess;
    /** Stack slots of the current frame the current store wrote in full. */
    long stackKill;
    /** Checkpoints taken (total_states), most alive at once (peak_states), most compared at one insn. */
    int totalStates;
    int peakStates;
    int maxStatesPerInsn;

    /** System.nanoTime() past which verification stops (options' time limit); 0: none. */
    final long deadline;

    Env(Program prog, VerifierOptions opts) {
        this.prog = prog;
        this.opts = opts;
        this.deadline = opts.timeLimitMillis() > 0 ? System.nanoTime() + opts.timeLimitMillis() * 1_000_000 : 0;
    }

    RegState[] regs() {
        return cur.regs();
    }

    /**
     * Characters of log kept at most: like the kernel's log buffer in its default rotating mode,
     * the log keeps its end (where the verdict is) and drops its beginning, so a 1M-instruction
     * level-2 log cannot exhaust memory.
     */
    static final int LOG_CAP = 16 << 20;
    /** The cap in force ({@link #LOG_CAP}; tests lower it). */
    int logCap = LOG_CAP;
    /** Characters dropped from the front of {@link #log} so far. */
    long logBase;

    void verbose(String s) {
        if (opts.logLevel() > 0) {
            log.append(s);
            if (log.length() > logCap) trimLog();
        }
    }

    /** @return the log's end as an absolute position (what was dropped counts) */
    long logEnd() {
        return logBase + log.length();
    }

    /** Cuts the log back to absolute position {@code pos} (a level-1 pop, a rewritten line). */
    void truncateLog(long pos) {
        if (pos >= logBase) {
            log.setLength((int) (pos - logBase));
        } else {
            logBase = pos;
            log.setLength(0);
        }
    }

    private void trimLog() {
        int drop = log.length() - logCap / 2;
        int nl = log.indexOf("\n", drop);
        if (nl >= 0 && nl < log.length() - 1) drop = nl + 1;
        log.delete(0, drop);
        logBase += drop;
    }

    /** Logs an error line of the failing instruction. */
    void errorLine(String line) {
        errorLines.add(line);
        verbose(line + "\n");
    }

    /** Logs the error line and rejects. */
    Reject reject(String line) {
        errorLine(line);
        return new Reject();
    }

    Reject reject(String fmt, Object... args) {
        return reject(String.format(fmt, args));
    }

    /**
     * Logs the error line and rejects, recording which register the failing check was about
     * (for explanations: {@link FailingValue}).
     *
     * @param regno R0..R10
     * @param fmt the kernel's message format
     * @param args its arguments
     * @return the signal to throw
     */
    Reject rejectReg(int regno, String fmt, Object... args) {
        failedReg = regno;
        return reject(String.format(fmt, args));
    }

    /**
     * Records a read of stack slots {@code mask} of frame {@code frameno} by the current
     * instruction: a read of a caller's stack counts at that caller's call instruction.
     */
    void stackRead(int frameno, long mask) {
        if (live == null || mask == 0) return;
        int insn = frameno == cur.curframe ? insnIdx : cur.frames[frameno + 1].callsite;
        live.stackRead(insn, mask);
    }

    void scratchReg(int r) {
        scratchedRegs |= 1 << r;
    }

    void scratchStack(int spi) {
        scratchedStack |= 1L << spi;
    }

    boolean scratched() {
        return scratchedRegs != 0 || scratchedStack != 0;
    }

    void markClean() {
        scratchedRegs = 0;
        scratchedStack = 0;
    }

    void markAllScratched() {
        scratchedRegs = -1;
        scratchedStack = -1L;
    }
}
