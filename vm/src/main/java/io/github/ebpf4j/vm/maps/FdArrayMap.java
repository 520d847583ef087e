package io.github.ebpf4j.vm.maps;

import io.github.ebpf4j.vm.Errno;

/**
 * The kernel's "fd array" maps ({@code bpf_fd_array_map_*} in kernel/bpf/arraymap.c):
 * {@code PROG_ARRAY} (tail call targets) and {@code PERF_EVENT_ARRAY}. User space stores a
 * u32 descriptor per index; what it names (a program, a perf event) is resolved by the runtime.
 *
 * <ul>
 *   <li>Update: flags other than BPF_ANY give {@code -EINVAL}, an index at or past max_entries
 *       {@code -E2BIG}.</li>
 *   <li>Delete: {@code -E2BIG} past the end, {@code -ENOENT} for an empty slot.</li>
 *   <li>Lookup from user space returns the stored descriptor ({@code -ENOENT} if empty); programs
 *       cannot look these maps up.</li>
 * </ul>
 */
public class FdArrayMap extends BpfMap {
    private final long[] slots;

    /**
     * @param spec spec with key and value size 4
     * @param numCpus simulated CPUs
     */
    FdArrayMap(MapSpec spec, int numCpus) {
        super(spec, numCpus);
        this.slots = new long[spec.maxEntries()];
        java.util.Arrays.fill(slots, -1);
    }

    /** @param index slot @return the descriptor stored there, or -1 if empty or out of range */
    public final long slot(long index) {
        return index < 0 || index >= slots.length ? -1 : slots[(int) index];
    }

    /**
     * Stores a descriptor directly (Java API).
     *
     * @param index slot
     * @param fd descriptor, or -1 to clear
     */
    public final void setSlot(int index, long fd) {
        if (index < 0 || index >= slots.length) {
            throw new MapException(-Errno.E2BIG, "map '" + name() + "': index " + index + " out of range");
        }
        slots[index] = fd;
    }

    @Override
    public int lookup(byte[] key, byte[] value) {
        checkKey(key);
        checkValue(value, 4);
        long s = slot(ArrayIndex.of(key));
        if (s < 0) return -Errno.ENOENT;
        ArrayIndex.put(s, value);
        return 0;
    }

    @Override
    public int update(byte[] key, byte[] value, long flags) {
        checkKey(key);
        checkValue(value, 4);
        if (flags != MapFlags.BPF_ANY) return -Errno.EINVAL;
        long i = ArrayIndex.of(key);
        if (i >= slots.length) return -Errno.E2BIG;
        slots[(int) i] = ArrayIndex.of(value);
        return 0;
    }

    @Override
    public int delete(byte[] key) {
        checkKey(key);
        long i = ArrayIndex.of(key);
        if (i >= slots.length) return -Errno.E2BIG;
        if (slots[(int) i] < 0) return -Errno.ENOENT;
        slots[(int) i] = -1;
        return 0;
    }

    @Override
    public int progDelete(byte[] key, int cpu) {
        return delete(key);
    }

    @Override
    public int getNextKey(byte[] key, byte[] nextKey) {
        if (key != null) checkKey(key);
        return ArrayIndex.next(key, slots.length, nextKey);
    }
}
