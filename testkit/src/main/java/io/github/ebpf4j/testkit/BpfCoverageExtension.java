package io.github.ebpf4j.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Collects the BPF coverage of one test class and writes it as an LCOV tracefile
 * ({@code OUTPUT_DIR/<test class>.info}) after its last test. Register it on a static field and
 * load objects through {@link #builder()} (or pass {@link #coverage()} to
 * {@link BpfTestKit#coverage}); a test method or constructor may also take the {@link Coverage}
 * as a parameter.
 *
 * <pre>{@code
 * @RegisterExtension
 * static final BpfCoverageExtension COVERAGE = new BpfCoverageExtension(Path.of("target/bpf-coverage"), Path.of("bpf"));
 *
 * @Test
 * void drops() {
 *     TestObject fw = COVERAGE.builder().load(Path.of("bpf/fw.o"));
 *     ...
 * }
 * }</pre>
 *
 * Then {@code genhtml -o target/bpf-coverage/html target/bpf-coverage/*.info} shows it on the C
 * source.
 */
public final class BpfCoverageExtension implements AfterAllCallback, ParameterResolver {
    private final Coverage coverage = new Coverage();
    private final Path outputDir;
    private final Path sourceRoot;

    /**
     * @param outputDir directory of the {@code .info} files
     * @param sourceRoot the directory clang compiled in: the file names in BTF line info are
     *     relative to it (or absolute)
     */
    public BpfCoverageExtension(Path outputDir, Path sourceRoot) {
        this.outputDir = outputDir;
        this.sourceRoot = sourceRoot;
    }

    /** @return this class's coverage */
    public Coverage coverage() { return coverage; }

    /** @return a testkit builder that counts into this class's coverage */
    public BpfTestKit builder() { return BpfTestKit.builder().coverage(coverage); }

    /** @param c test class @return the file its coverage goes to */
    public Path infoFile(Class<?> c) { return outputDir.resolve(c.getName() + ".info"); }

    @Override
    public void afterAll(ExtensionContext context) {
        Class<?> c = context.getRequiredTestClass();
        try {
            coverage.writeLcov(infoFile(c), c.getName().replaceAll("[^A-Za-z0-9_]", "_"), sourceRoot);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write BPF coverage of " + c.getName() + ": " + e.getMessage(), e);
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext pc, ExtensionContext ec) {
        return pc.getParameter().getType() == Coverage.class;
    }

    @Override
    public Object resolveParameter(ParameterContext pc, ExtensionContext ec) {
        return coverage;
    }
}
