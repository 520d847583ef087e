package io.github.ebpf4j.verifier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ebpf4j.vm.asm.Assembler;
import io.github.ebpf4j.vm.isa.Program;
import io.github.ebpf4j.vm.prog.ProgramType;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * The wall-clock budget ({@link VerifierOptions#withTimeLimit}): ebpf4j's own limit, reported as
 * such, never a kernel verdict. The program is the corpus's cfg_loop_unbounded, which the kernel
 * rejects after 1,000,001 processed instructions (testdata/verifier/corpus/expected.tsv).
 */
class TimeLimitTest {
    private static final Program ENDLESS = Assembler.assemble(
            "call 7\nr1 = r0\nr0 = 0\nloop:\nr1 += -1\nif r1 != 0 goto loop\nexit\n");

    @Test
    void aTinyBudgetStopsLongBeforeTheInstructionLimit() {
        VerificationResult r = Verifier.verify(ENDLESS,
                VerifierOptions.of(ProgramType.XDP).withLogLevel(0).withTimeLimit(Duration.ofMillis(1)));
        assertFalse(r.accepted());
        assertTrue(r.message().startsWith("verification time limit of 1 ms exceeded after "), r.message());
        assertTrue(r.message().endsWith("(ebpf4j's limit; the kernel has none)"), r.message());
        assertTrue(r.insnsProcessed() < 1_000_001, "processed " + r.insnsProcessed());
    }

    @Test
    void withoutABudgetTheKernelsLimitDecides() {
        VerificationResult r = Verifier.verify(ENDLESS, VerifierOptions.of(ProgramType.XDP).withLogLevel(0));
        assertEquals("BPF program is too large. Processed 1000001 insn", r.message());
        assertEquals(1_000_001, r.insnsProcessed());
    }
}
