package io.github.ebpf4j.vm.asm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ebpf4j.vm.isa.DecodeException;
import io.github.ebpf4j.vm.isa.Decoder;
import io.github.ebpf4j.vm.isa.Instruction;
import io.github.ebpf4j.vm.isa.Program;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Our assembler against llvm-mc-19: each {@code testdata/asm/NAME.s} must give the bytes
 * llvm-mc-19 gave ({@code NAME.bin}), and every line llvm-objdump-19 printed must assemble back to
 * the bytes it was printed from, unless LLVM's text lost information there (see
 * {@link Disassembler}) or is a listed divergence. Commands in testdata/asm/README.md.
 */
class AssemblerGoldenTest {

    @TestFactory
    Stream<DynamicTest> sourcesAssembleToLlvmBytes() {
        return LlvmGoldens.NAMES.stream().map(name -> DynamicTest.dynamicTest(name + ".s", () -> {
            Program expected = LlvmGoldens.bytes(name);
            Program actual = Assembler.assemble(LlvmGoldens.read(name + ".s"));
            assertEquals(expected.size(), actual.size(), "slots");
            for (int pc = 0; pc < expected.size(); pc++) {
                assertEquals(Long.toHexString(expected.word(pc)), Long.toHexString(actual.word(pc)), "slot " + pc);
            }
        }));
    }

    @TestFactory
    Stream<DynamicTest> objdumpLinesAssembleBack() {
        List<DynamicTest> tests = new ArrayList<>();
        for (String name : LlvmGoldens.NAMES) {
            for (String suffix : List.of(".objdump.txt", ".objdump-v4.txt")) {
                tests.add(DynamicTest.dynamicTest(name + suffix, () -> checkListing(name, name + suffix)));
            }
        }
        return tests.stream();
    }

    private static void checkListing(String name, String golden) {
        Program p = LlvmGoldens.bytes(name);
        Map<String, String> divergences = LlvmGoldens.knownDivergences();
        int checked = 0;
        for (Map.Entry<Integer, String> e : LlvmGoldens.instructions(LlvmGoldens.read(golden)).entrySet()) {
            int pc = e.getKey();
            if (divergences.containsKey(golden + ":" + pc) || lossy(p, pc)) continue;
            int width = Decoder.decode(p, pc, Decoder.Mode.STRICT).width();
            long[] expected = Arrays.copyOfRange(p.words(), pc, pc + width);
            assertArrayEquals(expected, Assembler.assemble(e.getValue()).words(), golden + " pc " + pc + ": " + e.getValue());
            checked++;
        }
        assertTrue(checked > 0);
    }

    /** Encodings whose LLVM text does not determine them (see Disassembler's class comment). */
    private static boolean lossy(Program p, int pc) {
        Instruction i;
        try {
            i = Decoder.decode(p, pc, Decoder.Mode.STRICT);
        } catch (DecodeException ex) {
            return true;
        }
        if (i instanceof Instruction.Call c) return c.kind() != Instruction.CallKind.HELPER;
        if (i instanceof Instruction.LoadImm64 l) return l.pseudo() != 0 && l.nextImm() != 0;
        if (i instanceof Instruction.PacketLoad l) return l.indirect() && l.imm() != 0;
        return false;
    }
}
