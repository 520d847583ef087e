package io.github.ebpf4j.verifier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Each corpus program through our verifier, compared with what Linux 6.18 said (expected.tsv,
 * recorded by kernel-oracle): the same verdict, the same failing instruction and the same last
 * message line, and for the families in {@link #PROCESSED_CHECKED} also the same number of
 * processed instructions. Cases in known-divergences.txt are expected to differ, each for a stated
 * reason; an entry that starts matching fails the test so the list stays honest.
 */
class KernelCorpusTest {
    /** Case-name prefixes whose processed-instruction counts must equal the kernel's. */
    static final List<String> PROCESSED_CHECKED = List.of("tail_", "ldabs_");

    static Map<String, String> divergences() throws IOException {
        return divergences("/known-divergences.txt");
    }

    static Map<String, String> divergences(String resource) throws IOException {
        Map<String, String> m = new LinkedHashMap<>();
        try (InputStream in = KernelCorpusTest.class.getResourceAsStream(resource)) {
            if (in == null) return m;
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                line = line.trim();
                if (line.isEmpty() || line.startsWith("#")) continue;
                int c = line.indexOf(':');
                m.put(line.substring(0, c).trim(), line.substring(c + 1).trim());
            }
        }
        return m;
    }

    static String mismatch(KernelCorpus.Case c, VerificationResult r) {
        if (r.accepted() != c.accepted()) {
            return "verdict: kernel " + (c.accepted() ? "accepts" : "rejects at " + c.insn() + ": " + c.message())
                    + ", we " + (r.accepted() ? "accept" : "reject at " + r.insn() + ": " + r.message());
        }
        if (!c.accepted() && r.insn() != c.insn()) return "insn: kernel " + c.insn() + ", we " + r.insn();
        if (!c.accepted() && !r.message().equals(c.message())) {
            return "message: kernel '" + c.message() + "', we '" + r.message() + "'";
        }
        if (PROCESSED_CHECKED.stream().anyMatch(c.name()::startsWith) && r.insnsProcessed() != c.processed()) {
            return "processed: kernel " + c.processed() + ", we " + r.insnsProcessed();
        }
        return null;
    }

    @TestFactory
    Stream<DynamicTest> everyCaseAsTheKernelSaysIt() throws IOException {
        Map<String, String> known = divergences();
        List<KernelCorpus.Case> cases = KernelCorpus.load();
        return cases.stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> {
            VerificationResult r = Verifier.verify(c.program(), c.options());
            String diff = mismatch(c, r);
            if (known.containsKey(c.name())) {
                if (diff == null) fail("listed in known-divergences.txt but now matches the kernel: remove the entry");
                return;
            }
            if (diff != null) fail(diff + "\n" + Verifier.verify(c.program(), c.options().withLogLevel(1)).log());
        }));
    }

    @Test
    void noFalseAcceptsAndReport() throws IOException {
        List<KernelCorpus.Case> cases = KernelCorpus.load();
        assertTrue(cases.size() >= 300, "corpus has " + cases.size() + " cases");
        int verdict = 0;
        int rejects = 0;
        int sameInsn = 0;
        int sameMsg = 0;
        int sameProcessed = 0;
        List<String> falseAccepts = new ArrayList<>();
        for (KernelCorpus.Case c : cases) {
            VerificationResult r = Verifier.verify(c.program(), c.options());
            if (r.accepted() == c.accepted()) verdict++;
            if (r.accepted() && !c.accepted()) falseAccepts.add(c.name() + " (" + c.message() + ")");
            if (r.insnsProcessed() == c.processed()) sameProcessed++;
            if (!c.accepted() && !r.accepted()) {
                rejects++;
                if (r.insn() == c.insn()) sameInsn++;
                if (r.message().equals(c.message())) sameMsg++;
            }
        }
        System.out.printf("verifier corpus: %d cases, verdict agrees %d, both reject %d: same insn %d, same message %d;"
                + " same processed count %d; false accepts %d %s%n", cases.size(), verdict, rejects, sameInsn, sameMsg,
                sameProcessed, falseAccepts.size(), falseAccepts);
        assertEquals(List.of(), falseAccepts, "we accept programs the kernel rejects");
    }
}
