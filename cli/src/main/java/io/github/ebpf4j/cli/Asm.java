package io.github.ebpf4j.cli;

import io.github.ebpf4j.vm.EbpfException;
import io.github.ebpf4j.vm.isa.Program;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ebpf4j asm FILE.s -o OUT.bin}: assembles LLVM or conformance-suite syntax. */
@Command(name = "asm", mixinStandardHelpOptions = true,
        description = {"Assemble a program written in LLVM's BPF syntax (what llvm-mc -triple bpf "
                + "accepts and 'ebpf4j disasm' prints) or in the bpf_conformance suite's syntax "
                + "(recognised by its %%rN registers).",
            "The output is raw bytecode, 8 little-endian bytes per instruction, or hex text when "
                + "OUT ends in .hex. The input file is never overwritten."})
final class Asm implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "the assembly source (.s)")
    Path file;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "OUT", description = "the file to write")
    Path output;

    @Override
    public Integer call() throws IOException {
        if (sameFile(file, output)) {
            throw new EbpfException(output + ": refusing to overwrite the input file");
        }
        String name = file.getFileName().toString();
        Program p = ProgramFiles.assemble(file, ProgramFiles.readText(file));
        byte[] bytes = p.toBytes();
        if (output.getFileName().toString().endsWith(".hex")) {
            bytes = hex(bytes).getBytes(StandardCharsets.US_ASCII);
        }
        try {
            Files.write(output, bytes);
        } catch (IOException e) {
            throw new EbpfException(output + ": cannot write: " + e.getMessage(), e);
        }
        PrintWriter err = spec.commandLine().getErr();
        err.println(name + ": " + p.size() + " instructions, " + p.size() * 8 + " bytes written to " + output);
        err.flush();
        return 0;
    }

    private static boolean sameFile(Path a, Path b) {
        try {
            if (Files.exists(a) && Files.exists(b)) return Files.isSameFile(a, b);
        } catch (IOException e) {
            return true;
        }
        return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
    }

    /** One instruction (8 bytes) per line, bytes as two hex digits separated by spaces. */
    private static String hex(byte[] bytes) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < bytes.length; i++) {
            sb.append(String.format("%02x", bytes[i] & 0xff));
            sb.append(i % 8 == 7 ? '\n' : ' ');
        }
        return sb.toString();
    }
}
