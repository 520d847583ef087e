package io.github.ebpf4j.vm.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The differential corpus: every case of testdata/runtime/cases/*.cases run by {@link BpfRuntime}
 * must give what Linux gave ({@code .expected}: retval, data_out, ctx_out, map contents, or the
 * errno of BPF_PROG_TEST_RUN), recorded by gen_cases.py with {@code kernel-oracle run} (each
 * case's command is in the .expected file).
 */
class KernelCasesTest {
    @TestFactory
    Stream<DynamicTest> kernelCorpus() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(KernelCases.dir())) {
            files = s.filter(p -> p.toString().endsWith(".cases")).sorted().toList();
        }
        assertFalse(files.isEmpty(), "no cases in " + KernelCases.dir());
        List<DynamicTest> tests = new ArrayList<>();
        for (Path f : files) {
            int cpus = KernelCases.cpus(f);
            for (KernelCases.Case c : KernelCases.load(f)) {
                tests.add(DynamicTest.dynamicTest(c.file() + ":" + c.name(), () -> {
                    assertFalse(c.expected().isEmpty(), "no kernel facts recorded for " + c.name());
                    assertEquals(String.join("\n", c.expected()), String.join("\n", KernelCases.run(c, cpus)));
                }));
            }
        }
        return tests.stream();
    }
}
