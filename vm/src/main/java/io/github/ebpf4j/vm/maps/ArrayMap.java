package io.github.ebpf4j.vm.maps;

import io.github.ebpf4j.vm.Errno;
import java.util.Arrays;

/**
 * {@code BPF_MAP_TYPE_ARRAY} and {@code PERCPU_ARRAY}: mirrors kernel/bpf/arraymap.c. Every
 * element exists from creation (zeroed, or the spec's initial data for global-data maps), keys
 * are u32 indexes, and each element's value array never changes identity.
 *
 * <ul>
 *   <li>Update: {@code -EINVAL} for unknown flags, {@code -E2BIG} for an index at or past
 *       max_entries, {@code -EEXIST} for BPF_NOEXIST (every element exists).</li>
 *   <li>Delete: always {@code -EINVAL}.</li>
 *   <li>get_next_key: index + 1; a null or out-of-range key gives index 0; the last index gives
 *       {@code -ENOENT}.</li>
 * </ul>
 */
public final class ArrayMap extends BpfMap {
    private final boolean percpu;
    /** values[index][cpu]. */
    private final byte[][][] values;

    /**
     * @param spec array-type spec
     * @param numCpus simulated CPUs
     */
    ArrayMap(MapSpec spec, int numCpus) {
        super(spec, numCpus);
        this.percpu = spec.type() == MapType.PERCPU_ARRAY;
        this.values = new byte[spec.maxEntries()][percpu ? numCpus : 1][spec.valueSize()];
        byte[] init = spec.initialData();
        if (init != null && values.length > 0) {
            System.arraycopy(init, 0, values[0][0], 0, Math.min(init.length, spec.valueSize()));
        }
    }

    @Override
    public boolean isPerCpu() {
        return percpu;
    }

    private long index(byte[] key) {
        checkKey(key);
        return (key[0] & 0xffL) | (key[1] & 0xffL) << 8 | (key[2] & 0xffL) << 16 | (key[3] & 0xffL) << 24;
    }

    /**
     * The value of an element, for direct access by address (global data, {@code BPF_PSEUDO_MAP_VALUE}).
     *
     * @param index element index
     * @param cpu CPU (ignored unless per-CPU)
     * @return the live value array
     */
    public byte[] valueAt(int index, int cpu) {
        return values[index][percpu ? Math.floorMod(cpu, numCpus()) : 0];
    }

    @Override
    public int lookup(byte[] key, byte[] value) {
        long i = index(key);
        checkValue(value, userValueSize());
        if (i >= values.length) return -Errno.ENOENT;
        if (percpu) {
            Arrays.fill(value, 0, userValueSize(), (byte) 0);
            int stride = roundUp8(valueSize());
            for (int c = 0; c < numCpus(); c++) System.arraycopy(values[(int) i][c], 0, value, c * stride, valueSize());
        } else {
            System.arraycopy(values[(int) i][0], 0, value, 0, valueSize());
        }
        return 0;
    }

    @Override
    public int update(byte[] key, byte[] value, long flags) {
        checkValue(value, userValueSize());
        if (frozen()) return -Errno.EPERM;
        return doUpdate(key, value, flags, -1);
    }

    @Override
    public int progUpdate(byte[] key, byte[] value, long flags, int cpu) {
        checkValue(value, valueSize());
        return doUpdate(key, value, flags, cpu);
    }

    private int doUpdate(byte[] key, byte[] value, long flags, int cpu) {
        long i = index(key);
        // array_map_update_elem(); bpf_percpu_array_update() does not accept BPF_F_LOCK
        long base = percpu ? flags : flags & ~MapFlags.BPF_F_LOCK;
        if (base < 0 || base > MapFlags.BPF_EXIST) return -Errno.EINVAL;
        if (i >= values.length) return -Errno.E2BIG;
        if (base == MapFlags.BPF_NOEXIST) return -Errno.EEXIST;
        if ((flags & MapFlags.BPF_F_LOCK) != 0 && spinLockOffset() < 0) return -Errno.EINVAL;
        byte[][] slot = values[(int) i];
        if (!percpu) {
            copyValue(slot[0], value, 0);
        } else if (cpu < 0) {
            int stride = roundUp8(valueSize());
            for (int c = 0; c < numCpus(); c++) copyValue(slot[c], value, c * stride);
        } else {
            copyValue(slot[Math.floorMod(cpu, numCpus())], value, 0);
        }
        return 0;
    }

    @Override
    public int delete(byte[] key) {
        checkKey(key);
        return -Errno.EINVAL;
    }

    @Override
    public int progDelete(byte[] key, int cpu) {
        return -Errno.EINVAL;
    }

    @Override
    protected boolean supportsDelete() {
        return false;
    }

    @Override
    public int getNextKey(byte[] key, byte[] nextKey) {
        checkValue(nextKey, 4);
        long i = key == null ? Long.MAX_VALUE : index(key);
        long next;
        if (i >= values.length) {
            next = 0;
        } else if (i == values.length - 1L) {
            return -Errno.ENOENT;
        } else {
            next = i + 1;
        }
        if (next >= values.length) return -Errno.ENOENT; // zero-sized never happens: creation rejects it
        nextKey[0] = (byte) next;
        nextKey[1] = (byte) (next >>> 8);
        nextKey[2] = (byte) (next >>> 16);
        nextKey[3] = (byte) (next >>> 24);
        return 0;
    }

    @Override
    public byte[] progLookup(byte[] key, int cpu) {
        long i = index(key);
        if (i >= values.length) return null;
        return values[(int) i][percpu ? Math.floorMod(cpu, numCpus()) : 0];
    }

    /**
     * {@code bpf_map_lookup_percpu_elem()}.
     *
     * @param key key bytes
     * @param cpu the CPU whose value is wanted
     * @return the value array, or null
     */
    public byte[] progLookupPercpu(byte[] key, int cpu) {
        if (!percpu || cpu < 0 || cpu >= numCpus()) return null;
        return progLookup(key, cpu);
    }
}
