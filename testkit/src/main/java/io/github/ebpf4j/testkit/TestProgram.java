package io.github.ebpf4j.testkit;

import io.github.ebpf4j.elf.BpfProgram;
import io.github.ebpf4j.elf.SourceLine;
import io.github.ebpf4j.testkit.packet.Packet;
import io.github.ebpf4j.vm.asm.Disassembler;
import io.github.ebpf4j.vm.interp.VmFault;
import io.github.ebpf4j.vm.prog.ProgramType;
import io.github.ebpf4j.vm.run.ProgramHandle;
import io.github.ebpf4j.vm.run.TestRunInput;
import io.github.ebpf4j.vm.run.TestRunResult;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assertions;

/**
 * A program of a {@link TestObject}, ready to run on packets. Runs share the object's maps.
 */
public final class TestProgram {
    private final TestObject owner;
    private final BpfProgram program;
    private final ProgramHandle handle;
    private final Disassembler disassembler = Disassembler.llvm();

    TestProgram(TestObject owner, BpfProgram program, ProgramHandle handle) {
        this.owner = owner;
        this.program = program;
        this.handle = handle;
    }

    /** @return the program's name */
    public String name() { return program.name(); }

    /** @return its type (from the section name) */
    public ProgramType type() { return program.type(); }

    /** @return the program as the ELF reader linked it */
    public BpfProgram program() { return program; }

    /** @return its runtime handle (descriptor for program arrays) */
    public ProgramHandle handle() { return handle; }

    /** @return the object it belongs to */
    public TestObject object() { return owner; }

    /** @param packet a frame from the Ethernet header @return the result */
    public RunResult run(byte[] packet) { return run(TestRunInput.packet(packet)); }

    /** @param packet a packet @return the result */
    public RunResult run(Packet packet) { return run(packet.bytes()); }

    /**
     * Runs the program once per packet, in order, on the same maps (a rate limiter sees the
     * earlier packets).
     *
     * @param packets frames
     * @return one result per packet
     */
    public List<RunResult> runAll(List<byte[]> packets) {
        List<RunResult> out = new ArrayList<>();
        for (byte[] p : packets) out.add(run(p));
        return out;
    }

    /**
     * Runs the program over every packet of a capture, in order, on the same maps; between two
     * packets the clock advances by the difference of their capture times, so time-based logic
     * sees the capture's pacing.
     *
     * @param capture a pcap or pcapng file
     * @return the results
     * @throws java.io.UncheckedIOException if it cannot be read
     * @throws io.github.ebpf4j.vm.pcap.CaptureFormatException if it is malformed
     */
    public Replay replay(java.nio.file.Path capture) {
        try {
            return replay(io.github.ebpf4j.vm.pcap.Captures.read(capture));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot read " + capture + ": " + e.getMessage(), e);
        }
    }

    /**
     * @param packets captured packets, in order
     * @return the results (the clock advancing with the capture times, as for {@link #replay(java.nio.file.Path)})
     */
    public Replay replay(List<io.github.ebpf4j.vm.pcap.CapturedPacket> packets) {
        List<RunResult> results = new ArrayList<>();
        long prev = packets.isEmpty() ? 0 : packets.get(0).timestampNs();
        for (io.github.ebpf4j.vm.pcap.CapturedPacket p : packets) {
            if (p.timestampNs() > prev) owner.advanceClockNs(p.timestampNs() - prev);
            prev = Math.max(prev, p.timestampNs());
            results.add(run(p.data()));
        }
        return new Replay(packets, results);
    }

    /**
     * {@code BPF_PROG_TEST_RUN} with everything the runtime takes (context bytes, repeat).
     *
     * @param in the input
     * @return the result
     * @throws AssertionError (failing the test) if the program faults, with the trace tail
     */
    public RunResult run(TestRunInput in) {
        ExecutionRecorder rec = owner.recorder();
        rec.reset();
        TestRunResult raw;
        try {
            raw = owner.runtime().testRun(handle, in);
        } catch (VmFault e) {
            RunResult partial = new RunResult(this, in.data(), new TestRunResult(0, null, new byte[0], null, List.of(),
                    null, List.of(), rec.count(), rec.count()), null, null, tail(rec));
            String where = partial.traceTail().isEmpty() ? "" : sourceOf(partial.traceTail().get(partial.traceTail().size() - 1));
            return Assertions.fail("program " + name() + " faulted: " + e.getMessage() + where + partial.inputAndTrace(), e);
        }
        ExecutionRecorder.Step last = rec.last();
        RunResult.TracedInsn exit = last == null ? null : traced(last);
        RunResult r = new RunResult(this, in.data(), raw, exit, returnStatement(rec, exit), tail(rec));
        owner.lastRun(r);
        return r;
    }

    private static String sourceOf(RunResult.TracedInsn t) {
        return t.source() == null ? "" : "\nat " + t.source().file() + ":" + t.source().line() + ": " + t.source().text().strip();
    }

    /** Walks back from the exit, in the main frame, to the first line that is not just a closing brace. */
    private RunResult.TracedInsn returnStatement(ExecutionRecorder rec, RunResult.TracedInsn exit) {
        if (exit == null) return null;
        if (exit.source() != null && !exit.source().text().strip().equals("}")) return exit;
        List<ExecutionRecorder.Step> steps = rec.tail(Integer.MAX_VALUE);
        for (int i = steps.size() - 2; i >= 0; i--) {
            ExecutionRecorder.Step s = steps.get(i);
            if (s.depth() != 0) continue;
            RunResult.TracedInsn t = traced(s);
            if (t.source() != null && !t.source().text().strip().equals("}")) return t;
        }
        return null;
    }

    private List<RunResult.TracedInsn> tail(ExecutionRecorder rec) {
        List<RunResult.TracedInsn> out = new ArrayList<>();
        for (ExecutionRecorder.Step s : rec.tail()) out.add(traced(s));
        return out;
    }

    private RunResult.TracedInsn traced(ExecutionRecorder.Step s) {
        BpfProgram src = owner.sourceOf(s.program());
        String text;
        try {
            text = disassembler.text(s.program(), s.pc());
        } catch (RuntimeException e) {
            text = "<" + e.getMessage() + ">";
        }
        SourceLine line = src == null ? null : src.sourceLine(s.pc()).orElse(null);
        return new RunResult.TracedInsn(src == null ? "?" : src.name(), s.pc(), s.depth(), text, line);
    }

    @Override
    public String toString() { return name() + " (" + type() + ") of " + owner.object().name(); }
}
