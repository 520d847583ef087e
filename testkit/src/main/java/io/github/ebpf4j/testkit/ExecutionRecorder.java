package io.github.ebpf4j.testkit;

import io.github.ebpf4j.vm.interp.ExecutionListener;
import io.github.ebpf4j.vm.isa.Bpf;
import io.github.ebpf4j.vm.isa.Program;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Watches every instruction of the runs of one {@link TestObject}: keeps the tail of the trace for
 * failure messages, the exit taken, and feeds {@link Coverage}.
 */
final class ExecutionRecorder implements ExecutionListener {
    /** One executed instruction: the program it belongs to, its index and frame depth. */
    record Step(Program program, int pc, int depth) {}

    /** Instructions kept even when fewer are shown, to find the statement an exit returns from. */
    private static final int MIN_RING = 64;
    private final Step[] ring;
    private final int shown;
    private int next;
    private long count;
    private Step last;
    private boolean lastWasCondJump;
    private final Map<Program, boolean[]> condJumps = new IdentityHashMap<>();
    private Coverage coverage;

    ExecutionRecorder(int tail) {
        this.ring = new Step[Math.max(tail, MIN_RING)];
        this.shown = Math.max(tail, 0);
    }

    void coverage(Coverage c) { this.coverage = c; }

    /** Forgets the previous run. */
    void reset() {
        java.util.Arrays.fill(ring, null);
        next = 0;
        count = 0;
        last = null;
        lastWasCondJump = false;
    }

    @Override
    public void onInstruction(Program program, int pc, int depth, long[] regs) {
        Step s = new Step(program, pc, depth);
        if (lastWasCondJump && last.program() == program && coverage != null) {
            coverage.branch(program, last.pc(), pc != last.pc() + 1);
        }
        if (coverage != null) coverage.hit(program, pc);
        ring[next] = s;
        next = (next + 1) % ring.length;
        count++;
        last = s;
        lastWasCondJump = condJumps.computeIfAbsent(program, ExecutionRecorder::conditionalJumps)[pc];
    }

    /** @return the last instruction executed (the exit of the main frame after a normal run), or null */
    Step last() { return last; }

    /** @return the last instructions executed (as many as the test asked to show), oldest first */
    List<Step> tail() {
        return tail(shown);
    }

    /** @param max at most this many @return the last instructions executed, oldest first */
    List<Step> tail(int max) {
        List<Step> out = new ArrayList<>();
        int n = (int) Math.min(Math.min(count, ring.length), max);
        for (int i = 0; i < n; i++) out.add(ring[(next - n + i + ring.length) % ring.length]);
        return out;
    }

    /** @return instructions seen since the last reset */
    long count() { return count; }

    /** @param p a program @return for each slot, whether it is a conditional jump (JMP/JMP32 other than ja, call, exit) */
    static boolean[] conditionalJumps(Program p) {
        boolean[] out = new boolean[p.size()];
        for (int pc = 0; pc < p.size(); pc++) {
            int op = (int) p.word(pc) & 0xff;
            int cls = op & 0x07;
            int code = op & 0xf0;
            out[pc] = (cls == Bpf.BPF_JMP || cls == Bpf.BPF_JMP32) && code != Bpf.BPF_JA && code != Bpf.BPF_CALL
                    && code != Bpf.BPF_EXIT;
        }
        return out;
    }
}
