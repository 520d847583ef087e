package io.github.ebpf4j.bench;

import io.github.ebpf4j.vm.asm.Assembler;
import io.github.ebpf4j.vm.interp.Interpreter;
import io.github.ebpf4j.vm.isa.Program;
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
 * Interpreter cost in nanoseconds per executed eBPF instruction ({@code @OperationsPerInvocation}
 * is the exact instruction count of one run, checked in {@link #setUp()}).
 *
 * <ul>
 *   <li>{@code aluLoop}: 8 ALU/jump instructions per iteration, 100,000 iterations;
 *   <li>{@code packetLoop}: a bounds-checked byte walk over a 1500-byte packet passed in r1/r2
 *       (7 instructions per byte, one {@code ldxb} through the memory model), including mapping and
 *       unmapping the packet for each run.
 * </ul>
 *
 * Run: {@code mvn -B -q -Pbench package -DskipTests -pl bench -am && java -jar bench/target/benchmarks.jar}.
 *
 * <p>Measured 2026-11-30 on the build machine (2 vCPU AMD EPYC, OpenJDK 17, 1 fork, 5 x 1 s):
 * see the numbers recorded in {@code bench/RESULTS.md}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class InterpreterBenchmark {
    static final int ALU_ITERATIONS = 100_000;
    static final int ALU_INSNS = 8 * ALU_ITERATIONS + 3;
    static final int PACKET_BYTES = 1500;
    static final int PACKET_INSNS = 7 * PACKET_BYTES + 8;

    static final String ALU_LOOP = String.join("\n",
            "r0 = 0",
            "r1 = " + ALU_ITERATIONS,
            "loop:",
            "r0 += r1",
            "r2 = r0",
            "r2 ^= r1",
            "r2 <<= 3",
            "r0 -= r2",
            "r0 *= 7",
            "r1 += -1",
            "if r1 != 0 goto loop",
            "exit");

    static final String PACKET_LOOP = String.join("\n",
            "r0 = 0",
            "r3 = r1",
            "r4 = r1",
            "r4 += r2",
            "loop:",
            "r5 = r3",
            "r5 += 1",
            "if r5 > r4 goto out",
            "r6 = *(u8 *)(r3 + 0)",
            "r0 += r6",
            "r3 = r5",
            "goto loop",
            "out:",
            "exit");

    Interpreter vm;
    Program alu;
    Program packetLoop;
    byte[] packet;

    @Setup(Level.Trial)
    public void setUp() {
        vm = Interpreter.builder().instructionBudget(Long.MAX_VALUE).build();
        alu = Assembler.assemble(ALU_LOOP);
        packetLoop = Assembler.assemble(PACKET_LOOP);
        packet = new byte[PACKET_BYTES];
        for (int i = 0; i < packet.length; i++) packet[i] = (byte) (i * 31);
        vm.run(alu);
        check("aluLoop", ALU_INSNS);
        vm.runWithMemory(packetLoop, packet);
        check("packetLoop", PACKET_INSNS);
    }

    private void check(String what, long expected) {
        if (vm.instructionsExecuted() != expected) {
            throw new IllegalStateException(what + " executed " + vm.instructionsExecuted() + " instructions, not " + expected);
        }
    }

    @Benchmark
    @OperationsPerInvocation(ALU_INSNS)
    public long aluLoop() {
        return vm.run(alu);
    }

    @Benchmark
    @OperationsPerInvocation(PACKET_INSNS)
    public long packetLoop() {
        return vm.runWithMemory(packetLoop, packet);
    }
}
