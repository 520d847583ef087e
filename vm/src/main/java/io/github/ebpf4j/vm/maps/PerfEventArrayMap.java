package io.github.ebpf4j.vm.maps;

import io.github.ebpf4j.vm.Errno;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code BPF_MAP_TYPE_PERF_EVENT_ARRAY} with the events programs wrote through
 * {@code bpf_perf_event_output()} ({@code __bpf_perf_event_output()} in kernel/trace/bpf_trace.c).
 *
 * <p>A slot holds a perf event bound to one CPU. In the kernel a reader (libbpf's
 * {@code perf_buffer__new()}) opens one event per CPU and stores it at the CPU's index; without a
 * reader every slot is empty and output fails with {@code -ENOENT}. {@link #openAllCpus()}
 * simulates such a reader; {@link #update} stores a descriptor that counts as an event bound to the
 * CPU of the same index.
 */
public final class PerfEventArrayMap extends FdArrayMap {
    /** {@code BPF_F_INDEX_MASK}. */
    public static final long BPF_F_INDEX_MASK = 0xffffffffL;
    /** {@code BPF_F_CTXLEN_MASK}: bits 32-51, the length of context data to append. */
    public static final long BPF_F_CTXLEN_MASK = 0xfffffL << 32;

    /**
     * One event as a reader receives it.
     *
     * @param cpu the CPU (slot index) it was written on
     * @param data the raw sample
     */
    public record Event(int cpu, byte[] data) {
    }

    private final List<Event> events = new ArrayList<>();

    /**
     * @param spec spec with key and value size 4
     * @param numCpus simulated CPUs
     */
    PerfEventArrayMap(MapSpec spec, int numCpus) {
        super(spec, numCpus);
    }

    /** Opens an event for every CPU at the CPU's index, as a libbpf perf buffer does. */
    public void openAllCpus() {
        for (int c = 0; c < Math.min(numCpus(), maxEntries()); c++) setSlot(c, 1000 + c);
    }

    /**
     * The checks and the write of {@code bpf_perf_event_output()}.
     *
     * @param flags index (or BPF_F_CURRENT_CPU) and ctx length bits
     * @param cpu the CPU the program runs on
     * @param data the sample (data plus any context bytes already appended)
     * @return 0, {@code -EINVAL} for unknown flag bits, {@code -E2BIG} for an index past the end,
     *     {@code -ENOENT} for an empty slot, {@code -EOPNOTSUPP} for an event of another CPU
     */
    public int progOutput(long flags, int cpu, byte[] data) {
        if ((flags & ~(BPF_F_INDEX_MASK | BPF_F_CTXLEN_MASK)) != 0) return -Errno.EINVAL;
        long index = flags & BPF_F_INDEX_MASK;
        if (index == MapFlags.BPF_F_CURRENT_CPU) index = cpu;
        if (index >= maxEntries()) return -Errno.E2BIG;
        if (slot(index) < 0) return -Errno.ENOENT;
        if (index != cpu) return -Errno.EOPNOTSUPP;
        events.add(new Event(cpu, data.clone()));
        return 0;
    }

    /** @return the events written so far, oldest first */
    public List<Event> events() {
        return List.copyOf(events);
    }

    /** @return the events written so far, removing them (what a reader polls) */
    public List<Event> drain() {
        List<Event> out = List.copyOf(events);
        events.clear();
        return out;
    }
}
