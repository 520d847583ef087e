package io.github.ebpf4j.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * The programs of {@link InterpreterBenchmark}, timed by this thread's CPU time as well as by the
 * wall clock. On a machine shared with other work the wall clock counts the time the thread waits
 * for a CPU; CPU time does not, so it is the fairer number to compare with another interpreter
 * measured the same way (the uBPF driver in {@code testdata/bench/README.md} reads
 * {@code CLOCK_THREAD_CPUTIME_ID}). JMH remains the reference for the wall-clock score.
 *
 * <p>{@code java -cp bench/target/benchmarks.jar io.github.ebpf4j.bench.CpuTimeRun [WARMUP_RUNS [REPS [RUNS]]]}
 * prints one line per repetition: benchmark, CPU ns per instruction, wall ns per instruction, and
 * the bytes the thread allocated per run (the interpreter's hot loop allocates nothing; what
 * remains is the per-run set-up, e.g. mapping the packet batch as a region).
 *
 * <p>Measured 2026-11-30 on the build machine (2-vCPU AMD EPYC VM, OpenJDK 17.0.15, load average
 * 16-32), {@code CpuTimeRun 60 3 10} in five rounds interleaved with uBPF's driver: CPU ns per
 * instruction aluLoop 2.35 - 2.58 (median 2.48; uBPF 3.55 - 5.60, median 3.75), packetParse
 * 2.95 - 3.56 (median 3.25; uBPF 4.47 - 4.97, median 4.77); 16 and 80 bytes allocated per run.
 * An earlier, busier session and the commands: {@code testdata/bench/README.md}.
 */
public final class CpuTimeRun {
    private CpuTimeRun() {}

    /**
     * @param args optional warm-up runs (default 60), repetitions (default 5) and runs per
     *     repetition (default 10)
     */
    public static void main(String[] args) {
        int warmup = args.length > 0 ? Integer.parseInt(args[0]) : 60;
        int reps = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 10;
        InterpreterBenchmark b = new InterpreterBenchmark();
        b.setUp();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        if (!threads.isCurrentThreadCpuTimeSupported()) throw new IllegalStateException("no thread CPU time on this JVM");
        measure("aluLoop", b::aluLoop, InterpreterBenchmark.ALU_INSNS, threads, warmup, reps, runs);
        measure("packetParse", b::packetParse, InterpreterBenchmark.PACKET_INSNS, threads, warmup, reps, runs);
    }

    private static void measure(String name, LongSupplier run, long insns, ThreadMXBean threads, int warmup,
            int reps, int runs) {
        long sink = 0;
        for (int i = 0; i < warmup; i++) sink += run.getAsLong();
        for (int rep = 0; rep < reps; rep++) {
            long bytes0 = allocated(threads);
            long cpu0 = threads.getCurrentThreadCpuTime();
            long wall0 = System.nanoTime();
            for (int i = 0; i < runs; i++) sink += run.getAsLong();
            long cpu = threads.getCurrentThreadCpuTime() - cpu0;
            long wall = System.nanoTime() - wall0;
            long bytes = allocated(threads) - bytes0;
            double per = (double) insns * runs;
            System.out.printf(Locale.ROOT, "%s cpu %.3f ns/insn wall %.3f ns/insn, %d bytes allocated per run%n",
                    name, cpu / per, wall / per, bytes / runs);
        }
        if (sink == 42) System.out.println(); // keeps the results alive
    }

    /** Bytes this thread allocated so far (HotSpot's extension), or 0 where unavailable. */
    private static long allocated(ThreadMXBean threads) {
        if (threads instanceof com.sun.management.ThreadMXBean) {
            return ((com.sun.management.ThreadMXBean) threads).getThreadAllocatedBytes(Thread.currentThread().getId());
        }
        return 0;
    }
}
