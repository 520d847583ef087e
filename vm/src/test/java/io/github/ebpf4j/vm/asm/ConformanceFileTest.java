package io.github.ebpf4j.vm.asm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The .data rules of the conformance suite's README, "File format". */
class ConformanceFileTest {

    @Test
    void sectionsAreReadAsTheReadmeSays() {
        ConformanceFile cf = ConformanceFile.parse("""
                # header comment
                -- asm
                mov %r0, 1 # comment
                -- mem
                aa BB 0
                11
                -- asm
                exit
                -- result
                0x10
                -- no register offset
                free text
                """.replace("\n", "\r\n"));
        assertArrayEquals(new byte[] {(byte) 0xaa, (byte) 0xbb, 0, 0x11}, cf.memory().orElseThrow());
        assertEquals(16, cf.result().getAsLong());
        assertEquals(ConformanceAssembler.assemble("mov %r0, 1\nexit"), cf.program());
        // line numbers of the asm text are those of the file
        assertEquals("mov %r0, 1 ", cf.asm().orElseThrow().split("\n", -1)[2]);
        assertFalse(cf.skipped());
    }

    @Test
    void resultIsDecimalUnlessHexAndNegativeWraps() {
        assertEquals(-1L, ConformanceFile.parse("-- asm\nexit\n-- result\n-1\n").expectedResult());
        assertEquals(-1L, ConformanceFile.parse("-- result\n0xffffffffffffffff\n").expectedResult());
        assertEquals(10, ConformanceFile.parse("-- result\n5\n10\n\n").expectedResult());
    }

    @Test
    void errorOnlyFileExpectsZero() {
        ConformanceFile cf = ConformanceFile.parse("-- asm\nexit\n-- error\nInvalid\n");
        assertEquals("Invalid", cf.error().orElseThrow());
        assertEquals(0, cf.expectedResult());
        assertFalse(cf.skipped());
    }

    @Test
    void rawWordsAndRawBytes() {
        ConformanceFile words = ConformanceFile.parse("-- raw\n0x0000000000000095 149\n");
        assertArrayEquals(new long[] {0x95, 0x95}, words.raw().orElseThrow());
        ConformanceFile bytes = ConformanceFile.parse("-- raw\n07 00 01 00 01 00 00 00\n-- error\n");
        assertArrayEquals(new long[] {0x0000000100010007L}, bytes.raw().orElseThrow());
        assertTrue(bytes.error().isEmpty());
        assertTrue(bytes.skipped(), "no result and an empty error section: the runner skips it");
    }

    @Test
    void badMemoryByteIsLocated() {
        AssemblerException e = assertThrows(AssemblerException.class,
                () -> ConformanceFile.parse("-- mem\n00 zz\n"));
        assertEquals(2, e.line());
        assertEquals(4, e.column());
    }

    @Test
    void unknownDirectiveSkipsTheFile() {
        ConformanceFile cf = ConformanceFile.parse("-- asm\nexit\n-- frobnicate\n-- result\n1\n");
        assertTrue(cf.skipped());
    }
}
