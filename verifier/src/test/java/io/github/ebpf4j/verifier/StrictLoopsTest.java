package io.github.ebpf4j.verifier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ebpf4j.vm.asm.Assembler;
import io.github.ebpf4j.vm.isa.Program;
import io.github.ebpf4j.vm.prog.ProgramType;
import org.junit.jupiter.api.Test;

/**
 * {@code --strict-loops}: the pre-5.3 rule (still the unprivileged one) that rejects every
 * back-edge in check_cfg() with "back-edge from insn T to W". A privileged 6.18 kernel, the only
 * one kernel-oracle can ask, accepts these loops (corpus case cfg_loop_bounded); the message text
 * is the kernel's (kernel/bpf/verifier.c, push_insn()).
 */
class StrictLoopsTest {
    private static final Program LOOP = Assembler.assemble(String.join("\n",
            "r0 = 0", "r1 = 0", "loop:", "r1 += 1", "if r1 < 10 goto loop", "exit"));

    @Test
    void kernelRulesAcceptABoundedLoop() {
        VerificationResult r = Verifier.verify(LOOP, VerifierOptions.of(ProgramType.XDP));
        assertTrue(r.accepted(), r.log());
        assertEquals(23, r.insnsProcessed()); // kernel-oracle: processed 23 insns (cfg_loop_bounded)
    }

    @Test
    void strictLoopsRejectTheBackEdge() {
        VerificationResult r = Verifier.verify(LOOP, VerifierOptions.of(ProgramType.XDP).withStrictLoops(true));
        assertFalse(r.accepted());
        assertEquals("back-edge from insn 3 to 2", r.message());
        assertEquals(3, r.insn());
        assertEquals(0, r.insnsProcessed());
    }
}
