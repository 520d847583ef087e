package io.github.ebpf4j.vm.run;

import java.util.List;

/**
 * What a {@code BPF_PROG_TEST_RUN} gives back, and what the kernel would have made observable
 * elsewhere (trace pipe, ring buffers, perf buffers, the redirect decision).
 *
 * @param retval the program's return value as the kernel reports it (32 bits, unsigned)
 * @param action the XDP or TC action name ({@code XDP_PASS}, {@code TC_ACT_SHOT}), or null
 * @param dataOut the output packet ({@code data_out})
 * @param ctxOut the output context ({@code ctx_out}), or null when no context was given
 * @param trace lines written by {@code bpf_trace_printk}
 * @param redirect the redirect the program asked for in its last run, or null
 * @param events ring buffer and perf event records written, in order
 * @param instructions instructions executed by the last run
 * @param totalInstructions instructions executed by all repetitions
 */
public record TestRunResult(long retval, String action, byte[] dataOut, byte[] ctxOut, List<String> trace,
        Redirect redirect, List<OutputEvent> events, long instructions, long totalInstructions) {
    /** Copies the lists. */
    public TestRunResult {
        trace = List.copyOf(trace);
        events = List.copyOf(events);
    }
}
