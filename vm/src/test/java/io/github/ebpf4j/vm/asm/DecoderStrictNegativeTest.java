package io.github.ebpf4j.vm.asm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ebpf4j.vm.isa.DecodeException;
import io.github.ebpf4j.vm.isa.Decoder;
import io.github.ebpf4j.vm.isa.Program;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The suite's 45 {@code negative/unused-*.data} programs each set one reserved field (RFC 9669:
 * unused fields must be zero). The kernel refuses all 45: its verdicts, recorded by
 * {@code testdata/decoder/facts.sh} with kernel-oracle in {@code unused-fields.kernel.txt}, are
 * "uses reserved fields" for 36 and an earlier check for 9 (an unreachable second instruction,
 * an uninitialised r0, and for {@code mov64_reg} with offset 1 the v6.8 {@code addr_space_cast}
 * encoding). The strict decoder must report the first instruction of each, as reserved-field use;
 * the lenient one must accept it.
 */
class DecoderStrictNegativeTest {
    @TestFactory
    Stream<DynamicTest> strictDecoderRejectsEveryUnusedFieldProgram() throws IOException {
        List<Path> files = ConformanceSuite.files("negative").stream()
                .filter(p -> p.getFileName().toString().startsWith("unused-")).toList();
        assertEquals(45, files.size());
        Map<String, String> kernel = kernelVerdicts();
        assertEquals(45, kernel.size());
        assertEquals(36, kernel.values().stream().filter(v -> v.endsWith("uses reserved fields")).count());
        return files.stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> {
            String name = f.getFileName().toString().replace(".data", "");
            assertTrue(kernel.get(name).startsWith("reject: "), "kernel: " + kernel.get(name));
            Program p = ConformanceFile.parse(ConformanceSuite.read(f)).program();
            assertEquals(2, p.size(), "one instruction and exit");
            DecodeException e = assertThrows(DecodeException.class,
                    () -> Decoder.decodeAll(p, Decoder.Mode.STRICT));
            assertEquals(0, e.pc(), e.getMessage());
            assertTrue(e.reason().contains("reserved") || e.reason().startsWith("invalid offset"), e.getMessage());
            Decoder.decodeAll(p, Decoder.Mode.LENIENT);
        }));
    }

    private static Map<String, String> kernelVerdicts() throws IOException {
        Path facts = Path.of(System.getProperty("ebpf4j.root", ".."), "testdata", "decoder", "unused-fields.kernel.txt");
        Map<String, String> out = new HashMap<>();
        for (String line : Files.readAllLines(facts)) {
            if (line.startsWith("#") || line.isBlank()) continue;
            int colon = line.indexOf(": ");
            out.put(line.substring(0, colon), line.substring(colon + 2));
        }
        return out;
    }
}
