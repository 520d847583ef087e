package io.github.ebpf4j.bench;

import io.github.ebpf4j.vm.asm.Assembler;
import io.github.ebpf4j.vm.interp.Interpreter;
import io.github.ebpf4j.vm.isa.Program;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Interpreter cost in nanoseconds per executed eBPF instruction: one benchmark operation is one
 * run of a program, and {@code @OperationsPerInvocation} is that run's exact instruction count as
 * the interpreter counts it ({@link Interpreter#instructionsExecuted()}, checked in
 * {@link #setUp()} together with r0), so JMH's score is ns per instruction.
 *
 * <ul>
 *   <li>{@code aluLoop}: {@code testdata/bench/alu_loop.s}, 1,000,000 iterations of ten ALU
 *       instructions and a back jump (11,000,004 instructions per run);
 *   <li>{@code packetParse}: {@code testdata/bench/packet_parse.s}, 1,000 passes over a batch of 256
 *       captured frames ({@link PacketBatch}): bounds compares, {@code ldxb}/{@code ldxh} through
 *       the memory model, {@code be16}, branches (7,072,006 instructions per run).
 * </ul>
 *
 * <p>Run: {@code mvn -B -q -Pbench package -DskipTests && java -jar bench/target/benchmarks.jar}
 * (add {@code -prof gc} for allocation per run).
 *
 * <p>Measured 2026-11-30 on the build machine: a 2-vCPU AMD EPYC VM, OpenJDK 17.0.15, shared with
 * other builds (load average 16-32 on 2 CPUs, so wall-clock numbers are inflated and noisy),
 * interleaved with uBPF's C interpreter ({@code ubpf_exec}, iovisor/ubpf 2a8edd11, gcc 12.2 -O2)
 * on the same bytes. ns per executed instruction:
 * <pre>
 *                 JMH score (wall), per round      uBPF wall, same minutes
 *   aluLoop       9.9, 20.9, 9.9 / 8.1, 8.8        24.5 - 49.0 / 11.5 - 20.1
 *   packetParse   20.1, 36.7, 15.9 / 12.1, 8.7     29.3 - 45.6 / 14.9 - 19.1
 *
 *                 thread CPU time ({@link CpuTimeRun}), 15 runs: min - max, median
 *   aluLoop       ebpf4j 2.35 - 2.58, 2.48         uBPF 3.55 - 5.60, 3.75
 *   packetParse   ebpf4j 2.95 - 3.56, 3.25         uBPF 4.47 - 4.97, 4.77
 * </pre>
 * No allocation per instruction ({@code -prof gc}: about 1e-4 bytes per instruction; 16 and 80
 * bytes per run). Commands, all sessions and uBPF's callgrind counts: {@code testdata/bench/README.md}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class InterpreterBenchmark {
    /** Instructions one run of alu_loop.s executes: 3 + 11 per iteration + exit. */
    static final int ALU_INSNS = 3 + 11 * 1_000_000 + 1;
    /** Instructions one run of packet_parse.s executes over {@link PacketBatch#standard()}. */
    static final int PACKET_INSNS = 7_072_006;
    /** Passes packet_parse.s makes over the batch. */
    static final int PACKET_PASSES = 1000;

    Interpreter vm;
    Program aluLoop;
    Program packetParse;
    byte[] packets;

    /** Assembles both programs and checks one run of each: r0 and the instruction count. */
    @Setup(Level.Trial)
    public void setUp() {
        vm = Interpreter.builder().instructionBudget(Long.MAX_VALUE).build();
        aluLoop = Assembler.assemble(source("alu_loop.s"));
        packetParse = Assembler.assemble(source("packet_parse.s"));
        PacketBatch batch = PacketBatch.standard();
        packets = batch.bytes();
        check("alu_loop.s", vm.run(aluLoop), aluLoopResult(), ALU_INSNS);
        check("packet_parse.s", vm.runWithMemory(packetParse, packets),
                (long) PACKET_PASSES * batch.expectedCount(), PACKET_INSNS);
    }

    @Benchmark
    @OperationsPerInvocation(ALU_INSNS)
    public long aluLoop() {
        return vm.run(aluLoop);
    }

    @Benchmark
    @OperationsPerInvocation(PACKET_INSNS)
    public long packetParse() {
        return vm.runWithMemory(packetParse, packets);
    }

    /** alu_loop.s's arithmetic in Java: the value its r0 must have. */
    static long aluLoopResult() {
        long r0 = 0;
        for (long r1 = 1_000_000; r1 != 0; r1--) {
            r0 += r1;
            long r2 = (r0 ^ r1) << 3;
            long r3 = (r2 & 0xffff_ffffL) >>> 7;
            r0 = (r0 - r2 + r3) * 7;
        }
        return r0;
    }

    private void check(String program, long r0, long expectedR0, long expectedInsns) {
        if (r0 != expectedR0 || vm.instructionsExecuted() != expectedInsns) {
            throw new IllegalStateException(program + ": r0 " + r0 + " after " + vm.instructionsExecuted()
                    + " instructions, expected r0 " + expectedR0 + " after " + expectedInsns);
        }
    }

    static String source(String name) {
        try (InputStream in = InterpreterBenchmark.class.getResourceAsStream("/bench/" + name)) {
            if (in == null) throw new IllegalStateException("bench/" + name + " is not on the class path");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
