package io.github.ebpf4j.vm.asm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.ebpf4j.vm.isa.DecodeException;
import io.github.ebpf4j.vm.isa.Decoder;
import io.github.ebpf4j.vm.isa.Program;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The suite's 45 {@code negative/unused-*.data} programs each set one reserved field (RFC 9669:
 * unused fields must be zero); the kernel refuses all 45 (suite README). The strict decoder must
 * report the first instruction, and the lenient one must accept it.
 */
class DecoderStrictNegativeTest {
    @TestFactory
    Stream<DynamicTest> strictDecoderRejectsEveryUnusedFieldProgram() {
        List<Path> files = ConformanceSuite.files("negative").stream()
                .filter(p -> p.getFileName().toString().startsWith("unused-")).toList();
        assertEquals(45, files.size());
        return files.stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> {
            Program p = ConformanceFile.parse(ConformanceSuite.read(f)).program();
            assertEquals(2, p.size(), "one instruction and exit");
            DecodeException e = assertThrows(DecodeException.class,
                    () -> Decoder.decodeAll(p, Decoder.Mode.STRICT));
            assertEquals(0, e.pc(), e.getMessage());
            Decoder.decodeAll(p, Decoder.Mode.LENIENT);
        }));
    }
}
