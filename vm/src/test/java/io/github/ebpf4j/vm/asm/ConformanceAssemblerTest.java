package io.github.ebpf4j.vm.asm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ebpf4j.vm.isa.Decoder;
import io.github.ebpf4j.vm.isa.Program;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ConformanceAssemblerTest {

    /** Every test of the suite assembles, to a non-empty program that strictly decodes. */
    @TestFactory
    Stream<DynamicTest> everySuiteFileAssembles() {
        List<Path> files = ConformanceSuite.files("tests");
        assertEquals(313, files.size(), "the suite README counts 313 tests");
        return files.stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> {
            ConformanceFile cf = ConformanceFile.parse(ConformanceSuite.read(f));
            assertTrue(cf.asm().isPresent(), "every suite test has an asm section");
            Program p = ConformanceAssembler.assemble(cf.asm().get());
            assertTrue(p.size() > 0);
            Decoder.decodeAll(p, Decoder.Mode.STRICT);
            assertFalse(cf.skipped());
        }));
    }

    /** Every suite program survives LLVM text: disassemble (with extensions), assemble, same bytes. */
    @TestFactory
    Stream<DynamicTest> everySuiteProgramRoundTripsThroughLlvmText() {
        Disassembler d = Disassembler.llvm().withExtensions(true);
        return ConformanceSuite.files("tests").stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> {
            Program p = ConformanceFile.parse(ConformanceSuite.read(f)).program();
            String listing = d.listing(p);
            assertEquals(p, Assembler.assemble(listing), listing);
        }));
    }

    /** lddw.data carries both forms: its raw words are the suite's own encoding of its asm. */
    @Test
    void lddwAsmMatchesItsRawSection() {
        Path f = ConformanceSuite.files("tests").stream()
                .filter(p -> p.getFileName().toString().equals("lddw.data")).findFirst().orElseThrow();
        ConformanceFile cf = ConformanceFile.parse(ConformanceSuite.read(f));
        assertArrayEquals(cf.raw().orElseThrow(), ConformanceAssembler.assemble(cf.asm().orElseThrow()).words());
    }

    /**
     * The suite's negative files that are assembler or parser errors (README, "Contents and
     * counts"): each is rejected with a located error, or, for the unknown directive, yields no
     * program.
     */
    @TestFactory
    Stream<DynamicTest> assemblerNegativesAreRejected() {
        Set<String> names = Set.of("invalid_imm32_dec_range.data", "invalid_imm32_hex_range.data",
                "invalid_label.data", "invalid_lock.data", "invalid_lock2.data", "invalid_mnemonic.data",
                "invalid_offset.data", "invalid_offset_range.data", "invalid_operand_count.data",
                "invalid_register.data", "invalid_unknown_directive.data");
        List<Path> files = ConformanceSuite.files("negative").stream()
                .filter(p -> names.contains(p.getFileName().toString())).toList();
        assertEquals(11, files.size());
        return files.stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> {
            ConformanceFile cf = ConformanceFile.parse(ConformanceSuite.read(f));
            if (f.getFileName().toString().equals("invalid_unknown_directive.data")) {
                assertEquals("-- Unknown directive", cf.unknownDirective().orElseThrow());
                assertTrue(cf.skipped());
                return;
            }
            AssemblerException e = assertThrows(AssemblerException.class, cf::program);
            assertTrue(e.line() > 0 && e.column() > 0, e.getMessage());
            assertTrue(e.getMessage().startsWith("line " + e.line() + ", column " + e.column() + ": "));
        }));
    }

    /**
     * Encodings compared with LLVM: the bytes are what {@code llvm-mc-19 -triple bpfel -mcpu=v4
     * -filetype=obj} produced for the LLVM-syntax line, as {@code llvm-objdump-19 -d} showed them.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "mov32 %r0, 1                  | w0 = 1                                     | b400000001000000",
        "ldxw %r0, [%r1+4]             | r0 = *(u32 *)(r1 + 4)                      | 6110040000000000",
        "lddw %r0, 0x1122334455667788  | r0 = 0x1122334455667788 ll                 | 1800000088776655 0000000044332211",
        "lock add [%r10-8], %r1        | lock *(u64 *)(r10 - 8) += r1               | db1af8ff00000000",
        "lock fetch add [%r10-8], %r1  | r1 = atomic_fetch_add((u64 *)(r10 - 8), r1) | db1af8ff01000000",
        "lock fetch xor32 [%r10-4], %r3 | w3 = atomic_fetch_xor((u32 *)(r10 - 4), w3) | c33afcffa1000000",
        "lock xchg [%r10-8], %r1       | r1 = xchg_64(r10 - 8, r1)                  | db1af8ffe1000000",
        "lock cmpxchg32 [%r10-8], %r1  | w0 = cmpxchg32_32(r10 - 8, w0, w1)         | c31af8fff1000000",
        "jsgt32 %r1, 3, +5             | if w1 s> 0x3 goto +5                       | 6601050003000000",
        "jne %r1, %r2, -2              | if r1 != r2 goto -2                        | 5d21feff00000000",
        "ja32 +3                       | gotol +3                                   | 0600000003000000",
        "call 5                        | call 5                                     | 8500000005000000",
        "call %r2                      | callx r2                                   | 8d02000000000000",
        "sdiv %r1, %r2                 | r1 s/= r2                                  | 3f21010000000000",
        "smod32 %r0, 3                 | w0 s%= 3                                   | 9400010003000000",
        "movsx864 %r1, %r2             | r1 = (s8)r2                                | bf21080000000000",
        "movsx1632 %r1, %r2            | w1 = (s16)w2                               | bc21100000000000",
        "ldxsh %r0, [%r1+2]            | r0 = *(s16 *)(r1 + 2)                      | 8910020000000000",
        "sth [%r10-2], 0x1234          | *(u16 *)(r10 - 2) = 0x1234                 | 6a0afeff34120000",
        "stxdw [%r1+2], %r3            | *(u64 *)(r1 + 2) = r3                      | 7b31020000000000",
        "be16 %r1                      | r1 = be16 r1                               | dc01000010000000",
        "le64 %r1                      | r1 = le64 r1                               | d401000040000000",
        "bswap32 %r1                   | r1 = bswap32 r1                            | d701000020000000",
        "neg32 %r1                     | w1 = -w1                                   | 8401000000000000",
        "exit                          | exit                                       | 9500000000000000",
    })
    void encodingMatchesLlvm(String conformance, String llvm, String bytes) {
        byte[] expected = HexFormat.of().parseHex(bytes.replace(" ", ""));
        assertArrayEquals(expected, ConformanceAssembler.assemble(conformance).toBytes(), llvm);
    }

    @Test
    void labelsAndNumericTargetsCountSlots() {
        // lddw takes two slots, so "+2" from slot 0 skips it and lands on exit
        Program p = ConformanceAssembler.assemble("""
                ja +2
                lddw %r0, 1
                exit
                """);
        Program q = ConformanceAssembler.assemble("""
                ja exit
                lddw %r0, 1
                exit
                """);
        assertEquals(p, q);
        assertEquals(2, p.insn(0).off());
        Program r = ConformanceAssembler.assemble("""
                L1:
                  mov %r0, 0
                  jeq %r0, 0, L1 # back to slot 0: offset -2
                  call local L1
                  exit
                """);
        assertEquals(-2, r.insn(1).off());
        assertEquals(-3, r.insn(2).imm());
        assertEquals(1, r.insn(2).src());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "mov32 %r0, 2147483648         | 1 | 12",
        "mov32 %r0, 0x100000000        | 1 | 12",
        "mov %r0, -2147483649          | 1 | 10",
        "ja NOT_A_LABEL                | 1 | 4",
        "lock or [%r10-8]              | 1 | 1",
        "lock                          | 1 | 1",
        "lock fetch xchg [%r10-8], %r1 | 1 | 6",
        "ldxq %r0, %r1                 | 1 | 1",
        "ldxb %r0, %r1                 | 1 | 11",
        "ldxb %r0, [%r1+0x10000]       | 1 | 16",
        "ldxb %r0, [%r1-32769]         | 1 | 16",
        "lddw %r0                      | 1 | 1",
        "lddw %r0, 0x10000000000000000 | 1 | 11",
        "or %r0, %r50                  | 1 | 9",
        "call sideways 1               | 1 | 6",
        "jeq %r1, 1, +32768            | 1 | 13",
    })
    void errorsNameLineAndColumn(String line, int expectedLine, int expectedColumn) {
        AssemblerException e = assertThrows(AssemblerException.class,
                () -> ConformanceAssembler.assemble(line + "\nexit\n"));
        assertEquals(expectedLine, e.line(), e.getMessage());
        assertEquals(expectedColumn, e.column(), e.getMessage());
    }

    @Test
    void duplicateLabelIsAnError() {
        AssemblerException e = assertThrows(AssemblerException.class,
                () -> ConformanceAssembler.assemble("a:\nexit\n  a:\nexit\n"));
        assertEquals(3, e.line());
        assertEquals(3, e.column());
    }

    @Test
    void edgeValuesOfImmediatesAndOffsets() {
        Program p = ConformanceAssembler.assemble("""
                mov %r0, -2147483648
                mov %r0, 0xffffffff
                stb [%r10-32768], 1
                ldxb %r0, [%r1+0x7fff]
                lddw %r1, -1
                lddw %r1, 18446744073709551615
                """);
        assertEquals(Integer.MIN_VALUE, p.insn(0).imm());
        assertEquals(-1, p.insn(1).imm());
        assertEquals(-32768, p.insn(2).off());
        assertEquals(0x7fff, p.insn(3).off());
        assertEquals(-1L, (p.word(5) >>> 32) << 32 | (p.word(4) >>> 32), "lddw -1 sets all 64 bits");
        assertEquals(p.word(4), p.word(6));
        assertEquals(p.word(5), p.word(7));
    }
}
