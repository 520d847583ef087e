package io.github.ebpf4j.verifier;

import java.util.List;

/**
 * The value a rejection is about: which register the failing check looked at, and which
 * instructions produced that register's value at the failing instruction (found by
 * {@link Provenance}, a static reaching-definitions analysis). Together with BTF line info this
 * says "the packet pointer in R2 came from line 14, the read that fails is on line 17".
 *
 * @param register R0 to R10, or -1 when the rejection names no register (structural errors,
 *     an over-complex program, a helper that is not allowed)
 * @param producers indices of the instructions whose results flowed into the register's value,
 *     in program order, at most {@link Provenance#MAX_PRODUCERS}; empty when the value is an input
 *     of the program (R1 holding the context, R10) or no register is involved
 */
public record FailingValue(int register, List<Integer> producers) {
    /** No register involved. */
    public static final FailingValue NONE = new FailingValue(-1, List.of());

    /** Checks the register and copies the producer list. */
    public FailingValue {
        if (register < -1 || register > 10) throw new IllegalArgumentException("register must be -1 or 0..10");
        producers = List.copyOf(producers);
    }

    /** @return true when the rejection is about a register */
    public boolean known() {
        return register >= 0;
    }
}
