package io.github.ebpf4j.vm.interp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.fail;

import io.github.ebpf4j.vm.asm.ConformanceFile;
import io.github.ebpf4j.vm.helpers.HelperId;
import io.github.ebpf4j.vm.helpers.HelperRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every program of the bpf_conformance suite ({@code tests/*.data}, directory from the system
 * property {@code ebpf4j.conformance.dir}) through the interpreter with the suite's convention
 * (memory in r1, its length in r2) and compares r0 with the file's {@code -- result}: the expected
 * values are the suite's. Files listed in {@code known-divergences.txt} are expected to fail, and a
 * listed file that passes fails the test so that its entry gets removed.
 */
class ConformanceTest {

    /** Helper 5 as the suite needs it (call_unwind_fail, callx): any value; a fixed clock here. */
    static HelperRegistry suiteHelpers() {
        return HelperRegistry.builder()
                .register(HelperId.KTIME_GET_NS, (r1, r2, r3, r4, r5, ctx) -> 0L)
                .build();
    }

    @TestFactory
    Stream<DynamicTest> conformanceSuite() throws IOException {
        String dir = System.getProperty("ebpf4j.conformance.dir");
        Path tests = dir == null ? null : Path.of(dir, "tests");
        if (tests == null || !Files.isDirectory(tests)) {
            // A factory that aborts reports "Tests run: 0"; one aborted test shows as skipped, and
            // the banner reaches the build log.
            String msg = "CONFORMANCE SUITE NOT FOUND: system property ebpf4j.conformance.dir="
                    + dir + " has no tests/ folder; the bpf_conformance suite was NOT run";
            System.err.println("\n*** " + msg + " ***\n");
            return Stream.of(DynamicTest.dynamicTest("conformance suite missing", () -> Assumptions.abort(msg)));
        }
        Map<String, String> divergences = knownDivergences();
        List<Path> files;
        try (Stream<Path> s = Files.list(tests)) {
            files = s.filter(p -> p.toString().endsWith(".data")).sorted().collect(Collectors.toList());
        }
        assertFalse(files.isEmpty(), "no .data files in " + tests);
        Interpreter vm = Interpreter.builder().helpers(suiteHelpers()).instructionBudget(10_000_000).build();
        return files.stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> {
            String name = f.getFileName().toString();
            String reason = divergences.get(name);
            Throwable failure = null;
            try {
                runOne(vm, f);
            } catch (AssertionError | RuntimeException e) {
                failure = e;
            }
            if (reason == null && failure != null) {
                if (failure instanceof AssertionError ae) throw ae;
                throw new AssertionError(name + ": " + failure.getMessage(), failure);
            }
            if (reason != null && failure == null) {
                fail(name + " is listed in known-divergences.txt (" + reason + ") but passes: remove the entry");
            }
        }));
    }

    private static void runOne(Interpreter vm, Path f) throws IOException {
        ConformanceFile t = ConformanceFile.parse(Files.readString(f, StandardCharsets.UTF_8));
        if (t.skipped()) fail("the upstream runner would skip this file; so would we, which counts as a failure");
        byte[] mem = t.memory().orElse(null);
        long r0 = vm.runWithMemory(t.program(), mem);
        assertEquals(t.expectedResult(), r0, () -> String.format("%s: r0 0x%x, suite expects 0x%x",
                f.getFileName(), r0, t.expectedResult()));
    }

    /** @return file name to reason, from {@code conformance/known-divergences.txt} */
    static Map<String, String> knownDivergences() throws IOException {
        Map<String, String> out = new LinkedHashMap<>();
        try (InputStream in = ConformanceTest.class.getResourceAsStream("/conformance/known-divergences.txt")) {
            if (in == null) throw new IOException("known-divergences.txt missing from test resources");
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String l = line.strip();
                if (l.isEmpty() || l.startsWith("#")) continue;
                int colon = l.indexOf(':');
                if (colon <= 0) throw new IOException("known-divergences.txt: expected 'file.data: reason', got: " + l);
                out.put(l.substring(0, colon).strip(), l.substring(colon + 1).strip());
            }
        }
        return out;
    }
}
