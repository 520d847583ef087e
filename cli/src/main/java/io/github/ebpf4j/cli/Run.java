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
        description = {"Run a program in ebpf4j's interpreter and print r0 (decimal and hex), or, with --type, a "
                + "packet or context option, or an object file, run it as BPF_PROG_TEST_RUN would in Linux: "
                + "return value and XDP/TC action, output packet and context, trace output, ring buffer and perf "
                + "events, redirect target, maps.",
            "FILE is raw bytecode (.bin), hex text (.hex), assembly (.s, LLVM or bpf_conformance syntax) "
                + "or a conformance test (.data, whose -- mem is used unless --mem-hex is given).",
            "r1 points to a writable copy of the memory given with --mem-hex (0 without), r2 holds its "
                + "length, r10 the top of a 512-byte stack: the convention of uBPF and the "
                + "bpf_conformance suite."})
final class Run implements Callable<Integer> {
    /** Default seed of bpf_get_prandom_u32 in test runs (also the counterexample search's). */
    static final String DEFAULT_SEED = "24301";

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

    @Option(names = "--type", paramLabel = "TYPE", description = "program type (xdp, sched_cls or tc, sched_act, "
            + "socket_filter, cgroup_skb, kprobe, tracepoint, raw_tracepoint, syscall, ...): runs the program as "
            + "BPF_PROG_TEST_RUN does, with its context, maps and helpers; object files default to their section's type")
    String type;

    @Option(names = "--data-hex", paramLabel = "HEX", description = "test run: the packet, as hex bytes")
    String dataHex;

    @Option(names = "--data", paramLabel = "FILE", description = "test run: the packet, raw bytes from a file")
    Path data;

    @Option(names = "--pcap", paramLabel = "FILE", description = "test run: every packet of a pcap file, in order, "
            + "with map state kept between packets; prints a summary of the actions")
    Path pcap;

    @Option(names = "--pcap-out", paramLabel = "FILE", description = "with --pcap: write the passed and transmitted "
            + "packets (as the program left them) to a pcap file")
    Path pcapOut;

    @Option(names = "--ctx-hex", paramLabel = "HEX", description = "test run: the context (struct xdp_md, "
            + "struct __sk_buff, pt_regs, ...), as hex bytes")
    String ctxHex;

    @Option(names = "--repeat", paramLabel = "N", defaultValue = "1", description = "test run: run N times "
            + "(default: ${DEFAULT-VALUE})")
    int repeat;

    @Option(names = "--map", paramLabel = "TYPE:K:V:MAX", description = "raw programs: create map N (in order) "
            + "for 'r1 = mapN ll' / ld_imm64 map fd N, as kernel-oracle does")
    java.util.List<String> maps = new java.util.ArrayList<>();

    @Option(names = "--map-set", paramLabel = "MAP:KEYHEX:VALHEX", description = "test run: set an element before "
            + "the run (MAP is a name or an index)")
    java.util.List<String> mapSets = new java.util.ArrayList<>();

    @Option(names = "--dump-maps", description = "test run: print every map's contents after the run")
    boolean dumpMaps;

    @Option(names = "--json", description = "test run: print the result as JSON")
    boolean json;

    @Option(names = "--cpus", paramLabel = "N", defaultValue = "1", description = "test run: simulated CPUs (default: ${DEFAULT-VALUE})")
    int cpus;

    @Option(names = "--cpu", paramLabel = "N", defaultValue = "0", description = "test run: the CPU the program runs on")
    int cpu;

    @Option(names = "--seed", paramLabel = "N", defaultValue = DEFAULT_SEED, description = "test run: seed of bpf_get_prandom_u32")
    long seed;

    private boolean testRun() {
        return type != null || dataHex != null || data != null || pcap != null || ctxHex != null || !maps.isEmpty()
                || !mapSets.isEmpty() || dumpMaps || json || repeat != 1;
    }

    @Override
    public Integer call() {
        if (testRun()) {
            if (maxInsns <= 0) throw new EbpfException("--max-insns must be positive");
            if (cpus < 1 || cpu < 0 || cpu >= cpus) throw new EbpfException("--cpu must be in [0, --cpus)");
            if (pcapOut != null && pcap == null) throw new EbpfException("--pcap-out needs --pcap");
            return new TestRunner(new TestRunner.Options(file, program, type, dataHex, data, pcap, ctxHex, repeat, maps,
                    mapSets, dumpMaps, json, pcapOut, cpus, cpu, seed, maxInsns), spec.commandLine().getOut(),
                    spec.commandLine().getErr()).call();
        }
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
