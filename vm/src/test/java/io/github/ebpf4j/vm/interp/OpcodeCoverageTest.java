package io.github.ebpf4j.vm.interp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.ebpf4j.vm.asm.ConformanceFile;
import io.github.ebpf4j.vm.isa.Program;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Every opcode the interpreter executes is executed by at least one program whose expected result
 * comes from outside our code: the kernel facts ({@code testdata/kernel/alu}, kernel-oracle) or the
 * bpf_conformance suite (its {@code -- result}).
 */
class OpcodeCoverageTest {
    /** Opcodes of RFC 9669 and the kernel ISA (the set the Decoder accepts), as the hot loop dispatches them. */
    private static final int[] ALL = {
        0x07, 0x0f, 0x17, 0x1f, 0x27, 0x2f, 0x37, 0x3f, 0x47, 0x4f, 0x57, 0x5f, 0x67, 0x6f, 0x77, 0x7f, 0x87,
        0x97, 0x9f, 0xa7, 0xaf, 0xb7, 0xbf, 0xc7, 0xcf, 0xd7,
        0x04, 0x0c, 0x14, 0x1c, 0x24, 0x2c, 0x34, 0x3c, 0x44, 0x4c, 0x54, 0x5c, 0x64, 0x6c, 0x74, 0x7c, 0x84,
        0x94, 0x9c, 0xa4, 0xac, 0xb4, 0xbc, 0xc4, 0xcc, 0xd4, 0xdc,
        0x05, 0x15, 0x1d, 0x25, 0x2d, 0x35, 0x3d, 0x45, 0x4d, 0x55, 0x5d, 0x65, 0x6d, 0x75, 0x7d, 0x85, 0x8d,
        0x95, 0xa5, 0xad, 0xb5, 0xbd, 0xc5, 0xcd, 0xd5, 0xdd,
        0x06, 0x16, 0x1e, 0x26, 0x2e, 0x36, 0x3e, 0x46, 0x4e, 0x56, 0x5e, 0x66, 0x6e, 0x76, 0x7e, 0xa6, 0xae,
        0xb6, 0xbe, 0xc6, 0xce, 0xd6, 0xde,
        0x61, 0x69, 0x71, 0x79, 0x81, 0x89, 0x91, 0x62, 0x6a, 0x72, 0x7a, 0x63, 0x6b, 0x73, 0x7b, 0xc3, 0xdb,
        0x18, 0x20, 0x28, 0x30, 0x40, 0x48, 0x50};

    @Test
    void everyOpcodeRunsInAProgramWithAnExternalExpectedValue() throws IOException {
        Map<Integer, TreeSet<String>> sources = new TreeMap<>();
        String[] source = {""};
        ExecutionListener l = (program, pc, depth, regs) ->
                sources.computeIfAbsent(program.insn(pc).opcode(), k -> new TreeSet<>()).add(source[0]);
        Interpreter vm = Interpreter.builder().listener(l).helpers(ConformanceTest.suiteHelpers()).build();
        for (KernelFacts.Fact f : KernelFacts.load()) {
            source[0] = "kernel:" + f.name();
            KernelFacts.run(vm, f, new byte[16]);
        }
        String dir = System.getProperty("ebpf4j.conformance.dir");
        Path tests = dir == null ? null : Path.of(dir, "tests");
        if (tests == null || !Files.isDirectory(tests)) {
            Assumptions.abort("CONFORMANCE SUITE NOT FOUND (ebpf4j.conformance.dir=" + dir + "): opcode coverage NOT checked");
        }
        List<Path> files = new ArrayList<>();
        try (Stream<Path> s = Files.list(tests)) {
            s.filter(p -> p.toString().endsWith(".data")).sorted().forEach(files::add);
        }
        for (Path p : files) {
            source[0] = "conformance:" + p.getFileName();
            ConformanceFile t = ConformanceFile.parse(Files.readString(p));
            Program prog = t.program();
            vm.runWithMemory(prog, t.memory().orElse(null));
        }
        List<String> missing = new ArrayList<>();
        for (int op : ALL) {
            if (!sources.containsKey(op)) missing.add(String.format("0x%02x", op));
        }
        assertEquals(List.of(), missing, "opcodes no program with an external expected value executes");
    }
}
