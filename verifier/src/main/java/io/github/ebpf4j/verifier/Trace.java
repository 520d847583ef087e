package io.github.ebpf4j.verifier;

/**
 * One executed instruction of a path, linked to the one executed before it: the history that
 * precision backtracking walks (the kernel keeps a compressed form, {@code jmp_history}). Shared
 * by the states a fork creates, so a fork costs nothing. A segment ends (prev null) where its
 * state's parent checkpoint was taken.
 *
 * @param idx the instruction
 * @param stackAccess for a spill or fill at a constant stack offset: {@code 1 << 16 | frame << 8 |
 *     spi}; else 0
 * @param linked scalars sharing an id at a conditional jump ({@code frame << 16 | kind << 8 | index},
 *     kind 0 register, 1 stack slot), or null
 * @param prev the instruction executed before, or null at the start of the segment
 */
record Trace(int idx, int stackAccess, int[] linked, Trace prev) {
    static final int STACK = 1 << 16;

    static int stackFlags(int frame, int spi) {
        return STACK | frame << 8 | spi;
    }
}
