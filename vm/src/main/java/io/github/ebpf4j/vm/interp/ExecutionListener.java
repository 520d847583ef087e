package io.github.ebpf4j.vm.interp;

import io.github.ebpf4j.vm.isa.Program;

/**
 * Observes a running program, one call per executed instruction, before it executes. For tracing
 * and teaching ({@code ebpf4j run --trace}), not for production: an installed listener costs a call
 * per instruction, an absent one a null check.
 */
@FunctionalInterface
public interface ExecutionListener {
    /**
     * @param program the program being executed (changes on a tail call)
     * @param pc index of the instruction about to execute
     * @param depth bpf-to-bpf frame, 0 for the main program
     * @param regs r0 to r10 as they are before the instruction; read only, valid during the call
     */
    void onInstruction(Program program, int pc, int depth, long[] regs);

    /**
     * Called once when the run ends normally.
     *
     * @param r0 the program's return value
     */
    default void onExit(long r0) {}
}
