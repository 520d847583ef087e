package io.github.ebpf4j.verifier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ebpf4j.vm.asm.Assembler;
import io.github.ebpf4j.vm.prog.ProgramType;
import org.junit.jupiter.api.Test;

/**
 * The verifier log keeps its end and drops its beginning past a cap (like the kernel's rotating
 * log buffer), while positions recorded before the drop (level-1 pops) stay meaningful.
 */
class LogCapTest {
    private static Env env() {
        Env e = new Env(Assembler.assemble("r0 = 0\nexit\n"), VerifierOptions.of(ProgramType.XDP));
        e.logCap = 100;
        return e;
    }

    @Test
    void theEndIsKeptAndTheSizeBounded() {
        Env e = env();
        for (int i = 0; i < 1000; i++) e.verbose("line " + i + "\n");
        assertTrue(e.log.length() <= 100, e.log.toString());
        assertTrue(e.log.toString().endsWith("line 999\n"), e.log.toString());
        assertTrue(e.log.charAt(0) == 'l', "a dropped prefix ends at a line boundary: " + e.log);
        assertEquals(e.logBase + e.log.length(), e.logEnd());
    }

    @Test
    void truncatingToARecordedPositionWorksAcrossDrops() {
        Env e = env();
        e.verbose("kept head\n");
        long mark = e.logEnd();
        for (int i = 0; i < 50; i++) e.verbose("path line " + i + "\n");
        e.truncateLog(mark); // the mark was dropped: nothing after it may remain
        assertEquals(mark, e.logEnd());
        assertEquals("", e.log.toString());
        e.verbose("next\n");
        long mark2 = e.logEnd();
        e.verbose("x\n");
        e.truncateLog(mark2);
        assertEquals("next\n", e.log.toString());
    }
}
