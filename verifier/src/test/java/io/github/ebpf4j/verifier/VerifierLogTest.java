package io.github.ebpf4j.verifier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Our level-1 log against the kernel's, line by line, for the corpus cases whose kernel log was
 * recorded (testdata/verifier/corpus/NAME.log, from kernel-oracle verify --json). The kernel
 * prints every register it touched after each instruction, so this compares the tracked value
 * of every scalar (tnum and the eight bounds) after every instruction, not just the verdict. The
 * closing "processed ..." line is left out: its state counters come from state pruning.
 */
class VerifierLogTest {

    static List<String> lines(String log) {
        return Arrays.stream(log.split("\n")).filter(l -> !l.startsWith("processed ")).collect(Collectors.toList());
    }

    @TestFactory
    Stream<DynamicTest> logsMatchTheKernel() throws IOException {
        List<KernelCorpus.Case> cases = KernelCorpus.load().stream()
                .filter(c -> Files.exists(log(c))).collect(Collectors.toList());
        assertTrue(cases.size() >= 100, "only " + cases.size() + " kernel logs recorded");
        java.util.Map<String, String> known = KernelCorpusTest.divergences("/known-log-divergences.txt");
        return cases.stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> {
            String kernel = String.join("\n", lines(Files.readString(log(c))));
            VerificationResult r = Verifier.verify(c.program(), c.options().withLogLevel(1));
            String ours = String.join("\n", lines(r.log()));
            if (known.containsKey(c.name())) {
                assertTrue(!kernel.equals(ours), "listed in known-log-divergences.txt but matches: remove the entry");
                return;
            }
            assertEquals(kernel, ours);
        }));
    }

    private static Path log(KernelCorpus.Case c) {
        return c.file().resolveSibling(c.name() + ".log");
    }

    static String read(Path p) throws IOException {
        return Files.readString(p);
    }
}
