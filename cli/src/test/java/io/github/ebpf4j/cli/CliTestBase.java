package io.github.ebpf4j.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import picocli.CommandLine;

/** What the CLI tests share: running {@code ebpf4j} in-process with its output captured. */
abstract class CliTestBase {
    /** Standard output of the commands run so far. */
    protected final StringWriter out = new StringWriter();
    /** Standard error of the commands run so far. */
    protected final StringWriter err = new StringWriter();

    /** @param args command line @return the exit code */
    protected int run(String... args) {
        CommandLine cl = Ebpf4j.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return cl.execute(args);
    }

    /** @param parts path below testdata/ @return the path in the project's testdata */
    protected static Path testdataPath(String... parts) {
        return Path.of(System.getProperty("ebpf4j.root", ".."), "testdata").resolve(String.join("/", parts));
    }
}
