package io.github.ebpf4j.cli;

import io.github.ebpf4j.vm.EbpfException;
import io.github.ebpf4j.vm.helpers.HelperRegistry;
import io.github.ebpf4j.vm.interp.Interpreter;
import io.github.ebpf4j.vm.interp.VmFault;
import io.github.ebpf4j.vm.isa.Program;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ebpf4j run FILE [--mem-hex HEX] [--trace]}: runs a program in the interpreter, prints r0. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"Run a program in ebpf4j's interpreter and print r0 (decimal and hex).",
            "FILE is raw bytecode (.bin), hex text (.hex), assembly (.s, LLVM or bpf_conformance syntax) "
                + "or a conformance test (.data, whose -- mem is used unless --mem-hex is given).",
            "r1 points to a writable copy of the memory given with --mem-hex (0 without), r2 holds its "
                + "length, r10 the top of a 512-byte stack: the convention of uBPF and the "
                + "bpf_conformance suite."})
final class Run implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "the program")
    Path file;

    @Option(names = "--mem-hex", paramLabel = "HEX", description = "memory passed in r1/r2, as hex bytes "
            + "(spaces allowed), e.g. 'aa bb 00 11'")
    String memHex;

    @Option(names = "--program", paramLabel = "NAME", description = "object files (.o): the program to run "
            + "(linked with its subprograms; maps are not created yet, so map access faults)")
    String program;

    @Option(names = "--trace", description = "print each executed instruction with the registers it changed")
    boolean trace;

    @Option(names = "--max-insns", paramLabel = "N", defaultValue = "100000000",
            description = "stop with an error after N instructions (default: ${DEFAULT-VALUE})")
    long maxInsns;

    @Override
    public Integer call() {
        Program program = ObjectFiles.isObject(file)
                ? ObjectFiles.program(ObjectFiles.load(file), file, this.program).instructions()
                : ProgramFiles.load(file);
        byte[] mem = memHex != null ? ProgramFiles.parseHex(Path.of("--mem-hex"), memHex) : ProgramFiles.memoryOf(file);
        PrintWriter out = spec.commandLine().getOut();
        Tracer tracer = trace ? new Tracer(out) : null;
        if (maxInsns <= 0) throw new EbpfException("--max-insns must be positive");
        Interpreter vm = Interpreter.builder()
                .helpers(HelperRegistry.empty())
                .instructionBudget(maxInsns)
                .listener(tracer)
                .build();
        long r0;
        try {
            r0 = vm.runWithMemory(program, mem);
        } catch (VmFault f) {
            if (tracer != null) {
                tracer.flush(vm.registers());
                out.flush();
            }
            throw new EbpfException(file + ": " + f.getMessage(), f);
        }
        if (tracer != null) tracer.flush(vm.registers());
        out.println("r0 = " + r0 + " (0x" + Long.toHexString(r0) + ")");
        if (trace) out.println(vm.instructionsExecuted() + " instructions executed");
        out.flush();
        return 0;
    }
}
