package io.github.ebpf4j.bench;

import io.github.ebpf4j.verifier.VerificationResult;
import io.github.ebpf4j.verifier.Verifier;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.Locale;

/**
 * {@link VerifierBenchmark}'s programs timed by this thread's CPU time, which does not count the
 * time the thread waits for a CPU on a machine shared with other work: the number to set beside
 * the kernel's verification time (which is also the CPU time of one uninterrupted bpf_check()
 * call, in kernel mode, on the same machine).
 *
 * <p>{@code java -cp bench/target/benchmarks.jar io.github.ebpf4j.bench.VerifierCpuTimeRun
 * [WARMUP_SECONDS [RUNS]]} warms every program up (default 5 s each), then verifies each RUNS
 * times (default 20) and prints one line per program: verdict, processed instructions, min and
 * median thread CPU microseconds per verification, median wall microseconds, and bytes the thread
 * allocated per verification.
 */
public final class VerifierCpuTimeRun {
    private VerifierCpuTimeRun() {}

    /** @param args optional warm-up seconds per program (default 5) and measured runs (default 20) */
    public static void main(String[] args) {
        double warmup = args.length > 0 ? Double.parseDouble(args[0]) : 5;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        if (!threads.isCurrentThreadCpuTimeSupported()) throw new IllegalStateException("no thread CPU time on this JVM");
        System.out.printf(Locale.ROOT, "%-30s %-9s %9s %12s %12s %12s %14s%n", "program", "verdict", "insns",
                "cpu_min_us", "cpu_med_us", "wall_med_us", "bytes/verify");
        for (String id : ShippedPrograms.ALL) {
            ShippedPrograms.Loaded p = ShippedPrograms.load(id);
            long until = System.nanoTime() + (long) (warmup * 1e9);
            VerificationResult r;
            do {
                r = Verifier.verify(p.program(), p.options());
            } while (System.nanoTime() < until);
            long[] cpu = new long[runs];
            long[] wall = new long[runs];
            long bytes = 0;
            for (int i = 0; i < runs; i++) {
                long b0 = allocated(threads);
                long c0 = threads.getCurrentThreadCpuTime();
                long w0 = System.nanoTime();
                r = Verifier.verify(p.program(), p.options());
                wall[i] = System.nanoTime() - w0;
                cpu[i] = threads.getCurrentThreadCpuTime() - c0;
                bytes += allocated(threads) - b0;
            }
            Arrays.sort(cpu);
            Arrays.sort(wall);
            System.out.printf(Locale.ROOT, "%-30s %-9s %9d %12.0f %12.0f %12.0f %14d%n", id,
                    r.accepted() ? "accept" : "reject", r.insnsProcessed(), cpu[0] / 1e3, median(cpu) / 1e3,
                    median(wall) / 1e3, bytes / runs);
        }
    }

    private static double median(long[] sorted) {
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0;
    }

    /** Bytes this thread allocated so far (HotSpot's extension), or 0 where unavailable. */
    private static long allocated(ThreadMXBean threads) {
        if (threads instanceof com.sun.management.ThreadMXBean t) return t.getThreadAllocatedBytes(Thread.currentThread().getId());
        return 0;
    }
}
