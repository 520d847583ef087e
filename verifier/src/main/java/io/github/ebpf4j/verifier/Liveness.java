package io.github.ebpf4j.verifier;

import static io.github.ebpf4j.vm.isa.Bpf.*;

import io.github.ebpf4j.vm.helpers.HelperId;
import io.github.ebpf4j.vm.isa.Insn;
import io.github.ebpf4j.vm.isa.Program;
import java.util.ArrayDeque;

/**
 * Which registers and stack slots may still be read after an instruction, so that state pruning
 * compares only what matters. Registers: a static backward data-flow analysis per subprogram, as
 * the kernel's {@code compute_live_registers()} (a call reads its arguments and defines r0-r5,
 * exit reads r0). Stack slots of the frame that runs the instruction: reads and full-slot writes
 * are recorded while paths are walked (as the kernel's stack liveness does) and propagated
 * backwards over the subprogram's control-flow graph when a pruning decision needs them. A read
 * of a caller's slot through a pointer counts as a read at that caller's call instruction.
 */
final class Liveness {
    private final Program prog;
    /** Live registers before each instruction (bit i = ri). */
    private final short[] regsBefore;
    /** Successors within the subprogram (fall-through and jump target; -1 none). */
    private final int[] succ1;
    private final int[] succ2;
    private final int[] subprogOf;
    private final int[] subprogStart;
    private final int[] subprogEnd;
    /** Slots read by each instruction on some visit (bit spi = fp-8*(spi+1)). */
    private final long[] reads;
    /** Slots fully written by each instruction on every visit so far. */
    private final long[] kills;
    private final boolean[] visited;
    private final long[] stackBefore;
    private final boolean[] dirty;

    private final io.github.ebpf4j.vm.prog.ProgramType type;

    /**
     * @param prog the program
     * @param cfg its subprograms
     * @param type the program type: a helper call reads the arguments of its prototype when the
     *     type may call it, all of r1-r5 otherwise (as get_helper_proto() decides in the kernel)
     */
    Liveness(Program prog, Cfg cfg, io.github.ebpf4j.vm.prog.ProgramType type) {
        this.prog = prog;
        this.type = type;
        int n = prog.size();
        regsBefore = new short[n];
        succ1 = new int[n];
        succ2 = new int[n];
        subprogOf = new int[n];
        int subs = cfg.subprogs.size();
        subprogStart = new int[subs];
        subprogEnd = new int[subs];
        for (int s = 0; s < subs; s++) {
            subprogStart[s] = cfg.subprogs.get(s);
            subprogEnd[s] = s + 1 < subs ? cfg.subprogs.get(s + 1) : n;
            for (int i = subprogStart[s]; i < subprogEnd[s]; i++) subprogOf[i] = s;
        }
        reads = new long[n];
        kills = new long[n];
        visited = new boolean[n];
        stackBefore = new long[n];
        dirty = new boolean[subs];
        java.util.Arrays.fill(dirty, true);
        successors();
        computeRegs();
    }

    // ------------------------------------------------------------------ registers

    /** @return registers (bit mask of r0-r10) that may be read at or after {@code insn} */
    int regsLiveBefore(int insn) {
        return regsBefore[insn] | (1 << FP);
    }

    private void successors() {
        int n = prog.size();
        for (int i = 0; i < n; i++) {
            succ1[i] = -1;
            succ2[i] = -1;
            Insn in = prog.insn(i);
            int code = in.opcode();
            int cls = code & 7;
            int end = subprogEnd[subprogOf[i]];
            if (code == LD_IMM64) {
                if (i + 2 < end) succ1[i] = i + 2;
                continue;
            }
            if (cls != BPF_JMP && cls != BPF_JMP32) {
                if (i + 1 < end) succ1[i] = i + 1;
                continue;
            }
            int op = code & 0xf0;
            if (op == BPF_EXIT) continue;
            if (op == BPF_CALL) {
                if (i + 1 < end) succ1[i] = i + 1;
                continue;
            }
            int target = op == BPF_JA ? i + 1 + (cls == BPF_JMP ? in.off() : in.imm()) : i + 1 + in.off();
            if (op != BPF_JA && i + 1 < end) succ1[i] = i + 1;
            if (target >= 0 && target < n) succ2[i] = target;
        }
    }

    private void computeRegs() {
        int n = prog.size();
        int[] use = new int[n];
        int[] def = new int[n];
        for (int i = 0; i < n; i++) {
            Insn in = prog.insn(i);
            int code = in.opcode();
            int cls = code & 7;
            int d = 1 << in.dst();
            int s = 1 << in.src();
            boolean x = (code & BPF_X) != 0;
            switch (cls) {
                case BPF_ALU, BPF_ALU64 -> {
                    int op = code & 0xf0;
                    if (op == BPF_MOV) {
                        use[i] = x ? s : 0;
                        def[i] = d;
                    } else if (op == BPF_NEG || op == BPF_END) {
                        use[i] = d;
                        def[i] = d;
                    } else {
                        use[i] = d | (x ? s : 0);
                        def[i] = d;
                    }
                }
                case BPF_LDX -> {
                    use[i] = s;
                    def[i] = d;
                }
                case BPF_STX -> {
                    use[i] = d | s;
                    if ((code & 0xe0) == BPF_ATOMIC) {
                        if (in.imm() == BPF_CMPXCHG) {
                            use[i] |= 1;
                            def[i] = 1;
                        } else if ((in.imm() & BPF_FETCH) != 0) {
                            def[i] = s;
                        }
                    }
                }
                case BPF_ST -> use[i] = d;
                case BPF_LD -> {
                    int mode = code & 0xe0;
                    if (mode == BPF_ABS || mode == BPF_IND) {
                        // compute_live_registers() keeps its defaults for these: reads all, defines none
                        use[i] = 0x3ff;
                        def[i] = 0;
                    } else {
                        def[i] = d;
                    }
                }
                default -> { // JMP, JMP32
                    int op = code & 0xf0;
                    if (op == BPF_EXIT) {
                        use[i] = 1;
                    } else if (op == BPF_CALL) {
                        def[i] = 0x3f;
                        use[i] = 0x3e;
                        if (in.src() == 0) {
                            HelperId h = HelperId.of(in.imm());
                            HelperProto p = h == null || !HelperAvailability.allowed(type, h) ? null : HelperProto.of(h);
                            if (p != null) use[i] = ((1 << (p.args().size() + 1)) - 1) & ~1;
                        }
                    } else if (op != BPF_JA) {
                        use[i] = d | (x ? s : 0);
                    }
                }
            }
        }
        ArrayDeque<Integer> work = new ArrayDeque<>();
        boolean[] queued = new boolean[n];
        for (int i = n - 1; i >= 0; i--) {
            work.add(i);
            queued[i] = true;
        }
        int[][] preds = predecessors();
        while (!work.isEmpty()) {
            int i = work.poll();
            queued[i] = false;
            int out = 0;
            if (succ1[i] >= 0) out |= regsBefore[succ1[i]];
            if (succ2[i] >= 0) out |= regsBefore[succ2[i]];
            int in = use[i] | (out & ~def[i]);
            if (in != regsBefore[i]) {
                regsBefore[i] = (short) in;
                for (int p : preds[i]) {
                    if (!queued[p]) {
                        queued[p] = true;
                        work.add(p);
                    }
                }
            }
        }
    }

    private int[][] preds;

    private int[][] predecessors() {
        if (preds != null) return preds;
        int n = prog.size();
        int[] cnt = new int[n];
        for (int i = 0; i < n; i++) {
            if (succ1[i] >= 0) cnt[succ1[i]]++;
            if (succ2[i] >= 0) cnt[succ2[i]]++;
        }
        preds = new int[n][];
        for (int i = 0; i < n; i++) preds[i] = new int[cnt[i]];
        int[] k = new int[n];
        for (int i = 0; i < n; i++) {
            if (succ1[i] >= 0) preds[succ1[i]][k[succ1[i]]++] = i;
            if (succ2[i] >= 0) preds[succ2[i]][k[succ2[i]]++] = i;
        }
        return preds;
    }

    // ------------------------------------------------------------------ stack

    /** Records that instruction {@code insn} read slots {@code mask} of the frame running it. */
    void stackRead(int insn, long mask) {
        if ((reads[insn] | mask) != reads[insn]) {
            reads[insn] |= mask;
            dirty[subprogOf[insn]] = true;
        }
    }

    /** Records a visit of {@code insn} that wrote exactly slots {@code mask} in full (0: none). */
    void stackWrite(int insn, long mask) {
        long k = visited[insn] ? kills[insn] & mask : mask;
        if (!visited[insn] || k != kills[insn]) {
            visited[insn] = true;
            kills[insn] = k;
            dirty[subprogOf[insn]] = true;
        }
    }

    /** @return slots of the frame running {@code insn} that may be read at or after it */
    long stackLiveBefore(int insn) {
        int s = subprogOf[insn];
        if (dirty[s]) computeStack(s);
        return stackBefore[insn];
    }

    private void computeStack(int s) {
        dirty[s] = false;
        int start = subprogStart[s];
        int end = subprogEnd[s];
        int[][] p = predecessors();
        ArrayDeque<Integer> work = new ArrayDeque<>();
        boolean[] queued = new boolean[end - start];
        for (int i = end - 1; i >= start; i--) {
            stackBefore[i] = 0;
            work.add(i);
            queued[i - start] = true;
        }
        while (!work.isEmpty()) {
            int i = work.poll();
            queued[i - start] = false;
            long out = 0;
            if (succ1[i] >= 0) out |= stackBefore[succ1[i]];
            if (succ2[i] >= 0) out |= stackBefore[succ2[i]];
            long kill = visited[i] ? kills[i] : 0;
            long in = reads[i] | (out & ~kill);
            if (in != stackBefore[i]) {
                stackBefore[i] = in;
                for (int q : p[i]) {
                    if (q >= start && q < end && !queued[q - start]) {
                        queued[q - start] = true;
                        work.add(q);
                    }
                }
            }
        }
    }
}
