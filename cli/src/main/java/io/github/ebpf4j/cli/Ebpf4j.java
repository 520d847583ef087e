package io.github.ebpf4j.cli;

import io.github.ebpf4j.vm.EbpfException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code ebpf4j} command: one subcommand per job. */
@Command(name = "ebpf4j", mixinStandardHelpOptions = true, version = "ebpf4j 0.1.0",
        description = "Pure-Java eBPF toolkit: disassemble, assemble, run and verify BPF programs.",
        subcommands = {
            // one line per subcommand, kept sorted
            Asm.class,
            ConformancePlugin.class,
            Disasm.class,
            Inspect.class,
            Run.class,
            Verify.class,
        })
public final class Ebpf4j implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    /**
     * Builds the command line with ebpf4j's error handling: an {@link EbpfException} prints one
     * line and exits with status 1, never a stack trace.
     *
     * @return the configured command line
     */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Ebpf4j());
        cl.setExecutionExceptionHandler((ex, cmd, parseResult) -> {
            if (ex instanceof EbpfException || ex instanceof java.io.IOException) {
                String msg = ex.getMessage();
                cmd.getErr().println("error: " + (msg == null ? ex.getClass().getSimpleName() : msg));
                return 1;
            }
            throw ex;
        });
        return cl;
    }

    /** @param args command-line arguments */
    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }
}
