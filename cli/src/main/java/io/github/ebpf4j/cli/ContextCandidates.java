package io.github.ebpf4j.cli;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Context bytes for programs whose context is plain memory (pt_regs, raw tracepoint arguments, a
 * syscall program's argument block): every length in 8-byte steps up to the context's size,
 * zero-filled (NULL pointers, zero arguments) and 0xff-filled, then seeded random bytes (wild
 * pointers).
 */
final class ContextCandidates implements InputCandidates {
    private static final int STEP = 8;
    private final int maxLength;
    private final SplittableRandom random;
    private int length = STEP;
    private boolean ones;

    /**
     * @param maxLength the context's size
     * @param seed seed of the random phase
     */
    ContextCandidates(int maxLength, long seed) {
        this.maxLength = Math.max(STEP, maxLength);
        this.random = new SplittableRandom(seed);
    }

    @Override
    public byte[] next() {
        if (length <= maxLength) {
            byte[] c = new byte[length];
            if (ones) {
                Arrays.fill(c, (byte) 0xff);
                length += STEP;
            }
            ones = !ones;
            return c;
        }
        byte[] c = new byte[STEP * (1 + random.nextInt(maxLength / STEP))];
        for (int i = 0; i < c.length; i++) c[i] = (byte) random.nextInt(256);
        return c;
    }

    @Override
    public int minLength() {
        return STEP;
    }

    @Override
    public int sweepRuns() {
        return 2 * (maxLength / STEP);
    }

    @Override
    public int lengthStep() {
        return STEP;
    }
}
