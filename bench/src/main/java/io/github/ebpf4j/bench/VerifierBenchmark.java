package io.github.ebpf4j.bench;

import io.github.ebpf4j.verifier.VerificationResult;
import io.github.ebpf4j.verifier.Verifier;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Time of one {@link Verifier#verify} of a shipped program ({@link ShippedPrograms}), in
 * microseconds, to compare with the kernel's own verification time for the same program
 * ({@code testdata/bench/kernel-verify-times.txt}). Loading the object (ELF, BTF, linking) is in
 * the set-up, not measured; the log level is 0, as the kernel's timing was taken with statistics
 * only.
 *
 * <p>Run: {@code mvn -B -q -Pbench package -DskipTests && java -jar bench/target/benchmarks.jar
 * VerifierBenchmark} (add {@code -prof gc} for bytes allocated per verification, or
 * {@code -p program=scale_parser/scale_parser} for one program). On a shared machine prefer
 * {@link VerifierCpuTimeRun}, which reads the thread's CPU time.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class VerifierBenchmark {
    /** "object/program" from {@link ShippedPrograms#ALL}. */
    @Param({"scale_parser/scale_parser", "scale_loops/scale_loop_simple", "scale_loops/scale_loop_nested",
        "scale_loops/scale_loop_packet", "scale_loops/scale_bpf_loop", "scale_calls/scale_calls",
        "scale_calls/scale_calls_tc", "scale_tailcalls/tail_stage1", "tc_globals/tc_ingress",
        "xdp_firewall/xdp_firewall", "loops/loop_xdp", "loops/loop_tc", "rate_limiter/rate_limit"})
    public String program;

    ShippedPrograms.Loaded loaded;

    /** Loads the object and verifies once, to fail early on a program that cannot be read. */
    @Setup(Level.Trial)
    public void setUp() {
        loaded = ShippedPrograms.load(program);
        VerificationResult r = verify();
        System.out.println(program + ": " + (r.accepted() ? "accepted" : "rejected at " + r.insn() + ": " + r.message())
                + ", " + r.insnsProcessed() + " insns processed");
    }

    /** @return the verdict (JMH consumes it) */
    @Benchmark
    public VerificationResult verify() {
        return Verifier.verify(loaded.program(), loaded.options());
    }
}
