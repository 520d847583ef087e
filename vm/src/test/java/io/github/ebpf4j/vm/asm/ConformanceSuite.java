package io.github.ebpf4j.vm.asm;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/** Locates the shared bpf_conformance suite through the system property {@code ebpf4j.conformance.dir}. */
final class ConformanceSuite {
    private ConformanceSuite() {}

    /**
     * @param sub {@code tests} or {@code negative}
     * @return the sorted {@code .data} files of that folder; aborts the test loudly when absent
     */
    static List<Path> files(String sub) {
        String dir = System.getProperty("ebpf4j.conformance.dir");
        Path p = dir == null ? null : Path.of(dir, sub);
        if (p == null || !Files.isDirectory(p)) {
            String msg = "*** bpf_conformance suite NOT FOUND (system property ebpf4j.conformance.dir="
                    + dir + "): conformance tests SKIPPED ***";
            System.err.println(msg);
            Assumptions.abort(msg);
        }
        try (Stream<Path> s = Files.list(p)) {
            return s.filter(f -> f.toString().endsWith(".data")).sorted().collect(Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String read(Path f) {
        try {
            return Files.readString(f, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
