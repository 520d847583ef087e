package io.github.ebpf4j.vm.asm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ebpf4j.vm.isa.Program;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Our listing of each {@code testdata/asm/NAME.bin} against llvm-objdump-19's listing of the same
 * object ({@code NAME.objdump.txt}, {@code NAME.objdump-v4.txt}; commands in that folder's
 * README), line for line, except the divergences listed in {@code known-divergences.txt}.
 */
class DisassemblerGoldenTest {

    @TestFactory
    Stream<DynamicTest> listingsMatchLlvmObjdump() {
        List<DynamicTest> tests = new ArrayList<>();
        for (String name : LlvmGoldens.NAMES) {
            tests.add(DynamicTest.dynamicTest(name + " (llvm-objdump -d)",
                    () -> compare(name, name + ".objdump.txt", Disassembler.Dialect.DEFAULT)));
            tests.add(DynamicTest.dynamicTest(name + " (llvm-objdump -d --mcpu=v4)",
                    () -> compare(name, name + ".objdump-v4.txt", Disassembler.Dialect.ALU32)));
        }
        return tests.stream();
    }

    private static void compare(String name, String golden, Disassembler.Dialect dialect) {
        String listing = LlvmGoldens.read(golden);
        Program p = LlvmGoldens.bytes(name);
        Disassembler d = Disassembler.llvm().withDialect(dialect)
                .withAnnotator(Annotator.symbols(LlvmGoldens.symbols(listing)));
        List<String> expected = LlvmGoldens.instructionLines(listing);
        List<String> actual = d.lines(p);
        Map<String, String> divergences = LlvmGoldens.knownDivergences();
        Map<Integer, String> v4 = LlvmGoldens.instructions(LlvmGoldens.read(name + ".objdump-v4.txt"));
        assertEquals(expected.size(), actual.size(), "number of instructions");
        int diverged = 0;
        for (int i = 0; i < expected.size(); i++) {
            String e = expected.get(i);
            String a = actual.get(i);
            int pc = Integer.parseInt(e.substring(0, e.indexOf(':')).trim());
            String reason = divergences.get(golden + ":" + pc);
            if (reason == null) {
                assertEquals(e, a, golden + " line " + i);
            } else {
                diverged++;
                assertNotEquals(e, a, golden + " pc " + pc + " now agrees with llvm; remove it from "
                        + "known-divergences.txt (" + reason + ")");
                assertEquals(String.format("%8d:\t%s", pc, v4.get(pc)), a,
                        "a divergence prints the alu32 text");
            }
        }
        long listed = divergences.keySet().stream().filter(k -> k.startsWith(golden + ":")).count();
        assertEquals(listed, diverged, "every listed divergence is a line of " + golden);
    }

    /** The whole llvm-objdump output after its first line (which names the object file). */
    @TestFactory
    Stream<DynamicTest> sectionListingsMatchLlvmObjdumpWithHeaders() {
        return Stream.of("labels", "raw-encodings", "clang-output").map(name -> DynamicTest.dynamicTest(name, () -> {
            String listing = LlvmGoldens.read(name + ".objdump.txt");
            Map<Integer, String> symbols = LlvmGoldens.symbols(listing);
            String expected = listing.substring(listing.indexOf("Disassembly of section"));
            Disassembler d = Disassembler.llvm().withAnnotator(Annotator.symbols(".text", symbols));
            assertEquals(expected, d.sectionListing(".text", LlvmGoldens.bytes(name), symbols));
        }));
    }

    @Test
    void extensionsMakeLossyEncodingsExplicit() {
        Program p = LlvmGoldens.bytes("raw-encodings");
        Disassembler d = Disassembler.llvm().withExtensions(true);
        // slots from raw-encodings.s: the map-value lddw with offset 0x10, the two local calls,
        // the two kfunc calls, the indirect packet load with imm 3
        assertEquals("ld_pseudo\tr3, 0x2, 0x7, 0x10", d.text(p, 12));
        assertEquals("call pc-0x1", d.text(p, 14));
        assertEquals("call pc+0x2", d.text(p, 15));
        assertEquals("call kfunc 0x7b", d.text(p, 16));
        assertEquals("call kfunc 0x7b, 0x1", d.text(p, 17));
        assertEquals("r0 = *(u32 *)skb[r3 + 0x3]", d.text(p, 20));
    }

    @Test
    void annotatorCommentsAndLayout() {
        Program p = ConformanceAssembler.assemble("lddw %r1, 0\ncall 1\ncall %r2\nexit");
        Annotator names = new Annotator() {
            @Override
            public String loadImm64Comment(int pc, io.github.ebpf4j.vm.isa.Instruction.LoadImm64 insn) {
                return "my_map";
            }

            @Override
            public String callComment(int pc, io.github.ebpf4j.vm.isa.Instruction insn) {
                return "pc " + pc;
            }
        };
        assertEquals(List.of("       0:\tr1 = 0x0 ll # my_map", "       2:\tcall 0x1 # pc 2",
                "       3:\tcallx r2 # pc 3", "       4:\texit"),
                Disassembler.llvm().withAnnotator(names).lines(p));
        assertTrue(Disassembler.llvm().listing(p).endsWith("exit\n"));
    }

    @Test
    void truncatedLddwIsUnknown() {
        assertEquals(List.of("       0:\t<unknown>"), Disassembler.llvm().lines(Program.of(0x18L)));
    }
}
