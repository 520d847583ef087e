package io.github.ebpf4j.vm.asm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.ebpf4j.vm.isa.Program;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AssemblerTest {

    @Test
    void readsLlvmObjdumpListingsWithHeaders() {
        // the first lines of labels.objdump.txt (testdata/asm), as llvm-objdump-19 prints them
        Program p = Assembler.assemble("""

                labels.o:\tfile format elf64-bpf

                Disassembly of section .text:

                0000000000000000 <prog>:
                       0:\tr6 = r1
                       1:\tif r6 == 0x0 goto +0x1 <LBB0_2>
                       2:\tr1 = 0x100000000 ll
                """);
        assertEquals(Assembler.assemble("r6 = r1\nif r6 == 0 goto +1\nr1 = 4294967296 ll"), p);
    }

    @Test
    void labelsResolveForwardAndBackward() {
        Program p = Assembler.assemble("""
                start: r0 = 0
                loop:
                  r0 += 1 ; if r0 < 10 goto loop
                  call sub
                  gotol end
                end: exit
                sub: exit
                """);
        assertEquals(-2, p.insn(2).off());
        assertEquals(1, p.insn(3).src(), "call by label is a bpf-to-bpf call");
        assertEquals(2, p.insn(3).imm());
        assertEquals(0, p.insn(4).imm());
    }

    @Test
    void assemblyKeepsLabelsAndSymbolsLeaveOutAssemblerLocalOnes() {
        Assembler.Assembly a = Assembler.assembleWithLabels("f: r0 = 0\n.LBB0_1: r0 += 1\nLBB0_2: goto .LBB0_1\nexit");
        assertEquals(java.util.Map.of("f", 0, ".LBB0_1", 1, "LBB0_2", 2), a.labels());
        assertEquals(java.util.Map.of(0, "f", 2, "LBB0_2"), a.symbols());
        assertEquals(Assembler.assemble("r0 = 0\nr0 += 1\ngoto -2\nexit"), a.program());
    }

    @Test
    void numberSyntaxes() {
        assertEquals(Assembler.assemble("r1 = 8"), Assembler.assemble("r1 = 010"));
        assertEquals(Assembler.assemble("r1 = 5"), Assembler.assemble("R1 = 0b101"));
        assertEquals(Assembler.assemble("r1 = -1"), Assembler.assemble("r1 = 0xffffffff"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "r1 = 4294967296                 | 1 | 6",
        "r1 = 18446744073709551616 ll    | 1 | 6",
        "r11 = 1                         | 1 | 1",
        "r1 += w2                        | 1 | 7",
        "w1 = *(u64 *)(r1 + 0)           | 1 | 1",
        "r1 = *(u32 *)(r1 + 0x8000)      | 1 | 20",
        "r1 = *(u32 *)(w1 + 0)           | 1 | 15",
        "goto +32768                     | 1 | 6",
        "goto nowhere                    | 1 | 6",
        "if r1 =! 3 goto +1              | 1 | 7",
        "lock *(u64 *)(r1 + 0) -= r2     | 1 | 23",
        "r2 = atomic_fetch_add((u64 *)(r1 + 0), r3) | 1 | 40",
        "r1 = be16 r2                    | 1 | 11",
        "frobnicate r1                   | 1 | 1",
        "r1 = map ll                     | 1 | 6",
        "r0 = 1 r1                       | 1 | 8",
        ".data                           | 1 | 1",
        "r1 = *(u32 *)(r1 + 4            | 1 | 21",
    })
    void errorsNameLineAndColumn(String line, int expectedLine, int expectedColumn) {
        AssemblerException e = assertThrows(AssemblerException.class, () -> Assembler.assemble(line.strip()));
        assertEquals(expectedLine, e.line(), e.getMessage());
        assertEquals(expectedColumn, e.column(), e.getMessage());
    }

    @Test
    void errorsOnLaterLinesAndDuplicateLabels() {
        AssemblerException e = assertThrows(AssemblerException.class,
                () -> Assembler.assemble("a: r0 = 0\n/* two\nlines */ exit\n  a: exit"));
        assertEquals(4, e.line());
        assertEquals(3, e.column());
    }
}
