package io.github.ebpf4j.testkit;

import io.github.ebpf4j.elf.SourceLine;
import io.github.ebpf4j.testkit.packet.Packet;
import io.github.ebpf4j.vm.run.OutputEvent;
import io.github.ebpf4j.vm.run.Redirect;
import io.github.ebpf4j.vm.run.TestRunResult;
import java.util.List;
import java.util.Optional;

/**
 * One run of a program in a test: what {@code BPF_PROG_TEST_RUN} gives ({@link #raw()}) plus what
 * a failing test needs to explain itself: the input, the exit taken with its C source line and
 * the tail of the instruction trace.
 *
 * @param program the program run
 * @param input the packet given
 * @param raw the runtime's result
 * @param exit the exit taken (the last instruction of the main frame), null if none was recorded
 * @param returnStatement the last instruction of the main frame before the exit whose source line
 *     is not a lone closing brace: the {@code return} the program took (clang shares one exit
 *     between several returns); null if none was found
 * @param traceTail the last instructions executed, oldest first, as text
 */
public record RunResult(TestProgram program, byte[] input, TestRunResult raw, TracedInsn exit, TracedInsn returnStatement,
        List<TracedInsn> traceTail) {
    /**
     * An executed instruction for messages.
     *
     * @param program name of the program it belongs to
     * @param pc its index
     * @param depth bpf-to-bpf frame (0 for the main program)
     * @param text the instruction in LLVM syntax
     * @param source the C source line BTF line info gives for it, or null
     */
    public record TracedInsn(String program, int pc, int depth, String text, SourceLine source) {
        /** @return e.g. {@code "  57: exit    ; ./src/xdp_firewall.c:106  return XDP_PASS;"} */
        @Override
        public String toString() {
            String s = String.format("%s%4d: %-34s", "  ".repeat(depth), pc, text);
            return source == null ? s : s + " ; " + source.file() + ":" + source.line() + "  " + source.text().strip();
        }
    }

    /** Copies the input and the list. */
    public RunResult {
        input = input.clone();
        traceTail = List.copyOf(traceTail);
    }

    /** @return the action name ({@code XDP_DROP}, {@code TC_ACT_OK}), or null for other program types */
    public String action() { return raw.action(); }

    /** @return the return value (32 bits, unsigned) */
    public long retval() { return raw.retval(); }

    /** @return the packet after the run ({@code data_out}) */
    public byte[] packetBytes() { return raw.dataOut(); }

    /** @return the packet after the run, parsed */
    public Packet packet() { return Packet.parse(raw.dataOut()); }

    /** @return the packet given, parsed */
    public Packet inputPacket() { return Packet.parse(input); }

    /** @return the redirect asked for, if any */
    public Optional<Redirect> redirect() { return Optional.ofNullable(raw.redirect()); }

    /** @return ring buffer and perf event records, in order */
    public List<OutputEvent> events() { return raw.events(); }

    /** @return {@code bpf_trace_printk} output lines */
    public List<String> traceOutput() { return raw.trace(); }

    /** @return instructions executed */
    public long instructions() { return raw.instructions(); }

    /** @return a description for failure messages: result, exit line, input, trace tail */
    public String explain() {
        StringBuilder sb = new StringBuilder();
        sb.append("program ").append(program.name()).append(" returned ").append(retval());
        if (action() != null) sb.append(" (").append(action()).append(')');
        sb.append(" after ").append(instructions()).append(" instructions");
        if (raw.redirect() != null) sb.append(", redirect ").append(raw.redirect());
        if (exit != null) {
            sb.append("\nexit taken: pc ").append(exit.pc());
            if (exit.source() != null) sb.append(" at ").append(where(exit));
            if (returnStatement != null && returnStatement.source() != null && returnStatement != exit) {
                sb.append(", from pc ").append(returnStatement.pc()).append(" at ").append(where(returnStatement));
            }
        }
        return sb.append(inputAndTrace()).toString();
    }

    /** @return the input packet and the trace tail, each on its own lines (each line starts with a newline) */
    String inputAndTrace() {
        StringBuilder sb = new StringBuilder();
        if (input.length > 0) sb.append("\ninput ").append(Packet.parse(input));
        if (!traceTail.isEmpty()) {
            sb.append("\nlast ").append(traceTail.size()).append(" instructions:");
            for (TracedInsn t : traceTail) sb.append("\n  ").append(t);
        }
        return sb.toString();
    }

    private static String where(TracedInsn t) {
        return t.source().file() + ":" + t.source().line() + ": " + t.source().text().strip();
    }

    @Override
    public String toString() { return explain(); }
}
