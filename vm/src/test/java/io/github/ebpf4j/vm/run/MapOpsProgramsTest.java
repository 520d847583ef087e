package io.github.ebpf4j.vm.run;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.ebpf4j.vm.asm.Assembler;
import io.github.ebpf4j.vm.maps.BpfMap;
import io.github.ebpf4j.vm.maps.MapEntry;
import io.github.ebpf4j.vm.maps.MapSpec;
import io.github.ebpf4j.vm.maps.MapType;
import io.github.ebpf4j.vm.prog.ProgramType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs the programs of testdata/runtime/mapops/*.s (map helpers called from a program, each
 * return value stored in a results array) through {@link BpfRuntime}, as kernel-oracle ran them
 * in Linux, and compares the results array and the map's contents with the recorded
 * {@code .expected} facts (command in each file's header).
 */
class MapOpsProgramsTest {
    @TestFactory
    Stream<DynamicTest> mapHelpersInPrograms() throws IOException {
        Path dir = KernelCases.dir().resolveSibling("mapops");
        List<Path> progs;
        try (Stream<Path> s = Files.list(dir)) {
            progs = s.filter(p -> p.toString().endsWith(".s")).sorted().toList();
        }
        return progs.stream().map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> run(p)));
    }

    private static void run(Path s) throws IOException {
        String name = s.getFileName().toString().replace(".s", "");
        List<String> ops = Files.readAllLines(s.resolveSibling(name + ".ops"));
        List<String> expected = Files.readAllLines(s.resolveSibling(name + ".expected"));
        String spec = ops.stream().filter(l -> l.startsWith("map ")).findFirst().orElseThrow().substring(4).trim();
        long nOps = ops.stream().map(l -> l.replaceAll("#.*", "").strip()).filter(l -> !l.isEmpty() && !l.startsWith("map ")).count();
        int cpus = expected.stream().filter(l -> l.startsWith("cpus ")).map(l -> Integer.parseInt(l.substring(5))).findFirst().orElse(1);
        BpfRuntime rt = BpfRuntime.builder().cpus(cpus).build();
        BpfMap target = rt.createMap(KernelCases.spec(spec, 0));
        BpfMap results = rt.createMap(MapSpec.of("results", MapType.ARRAY, 4, 8, (int) nOps));
        ProgramHandle h = rt.load(name, ProgramType.XDP, Assembler.assemble(Files.readString(s)), List.of(target, results));
        TestRunResult r = rt.testRun(h, TestRunInput.packet(new byte[14]));
        List<String> got = new ArrayList<>();
        got.add("retval " + r.retval());
        for (MapEntry e : results.entries()) {
            long idx = (e.key()[0] & 0xff) | (e.key()[1] & 0xff) << 8;
            long v = 0;
            for (int i = 7; i >= 0; i--) v = v << 8 | (e.value()[i] & 0xff);
            got.add("result " + idx + " " + v);
        }
        List<String> entries = new ArrayList<>();
        for (MapEntry e : target.entries()) {
            entries.add("entry " + KernelCases.HEX.formatHex(e.key()) + " " + KernelCases.HEX.formatHex(e.value()));
        }
        entries.sort(null);
        got.addAll(entries);
        List<String> want = expected.stream().filter(l -> l.startsWith("retval ") || l.startsWith("result ")
                || l.startsWith("entry ")).toList();
        if (target.isPerCpu()) {
            // the kernel ran on some CPU, we on CPU 0: compare results only
            want = want.stream().filter(l -> !l.startsWith("entry ")).toList();
            got = got.stream().filter(l -> !l.startsWith("entry ")).toList();
        }
        assertEquals(String.join("\n", want), String.join("\n", got));
    }
}
