package io.github.ebpf4j.vm.maps;

import io.github.ebpf4j.vm.Errno;
import java.util.LinkedHashMap;

/**
 * Redirect targets for {@code bpf_redirect_map()}: {@code DEVMAP} and {@code DEVMAP_HASH}
 * (kernel/bpf/devmap.c, value {@code u32 ifindex} or {@code struct bpf_devmap_val}),
 * {@code CPUMAP} (kernel/bpf/cpumap.c, value {@code u32 qsize} or {@code struct bpf_cpumap_val})
 * and {@code XSKMAP} (net/xdp/xskmap.c, value a socket descriptor).
 *
 * <p>There are no real devices, CPUs' kthreads or sockets: any non-zero ifindex counts as a device,
 * any descriptor as a socket, and a program fd in the extended values must be absent (0 or -1;
 * running a program attached to a devmap/cpumap entry is not simulated, so a positive fd gives
 * {@code -EINVAL}). The update and delete error codes follow the kernel:
 * <ul>
 *   <li>devmap: unknown flags {@code -EINVAL}, index past the end {@code -E2BIG}, NOEXIST
 *       {@code -EEXIST}; ifindex 0 clears the slot; delete past the end {@code -EINVAL};</li>
 *   <li>devmap_hash: unknown flags or ifindex 0 {@code -EINVAL}, NOEXIST on a present key
 *       {@code -EEXIST}, a new key in a full map {@code -E2BIG}, delete of an absent key
 *       {@code -ENOENT};</li>
 *   <li>cpumap: as devmap, plus qsize above 16384 {@code -EOVERFLOW}, a CPU that does not exist
 *       {@code -ENODEV}, qsize 0 clears the slot;</li>
 *   <li>xskmap: as devmap but NOEXIST/EXIST checked against the slot ({@code -EEXIST},
 *       {@code -ENOENT}); user-space lookup {@code -EOPNOTSUPP}.</li>
 * </ul>
 */
public final class RedirectMap extends BpfMap {
    private final LinkedHashMap<MapKey, byte[]> entries = new LinkedHashMap<>();
    private final boolean hashed;

    /**
     * @param spec devmap, devmap_hash, cpumap or xskmap spec
     * @param numCpus simulated CPUs
     */
    RedirectMap(MapSpec spec, int numCpus) {
        super(spec, numCpus);
        this.hashed = spec.type() == MapType.DEVMAP_HASH;
    }

    private static long u32(byte[] b, int off) {
        return (b[off] & 0xffL) | (b[off + 1] & 0xffL) << 8 | (b[off + 2] & 0xffL) << 16 | (b[off + 3] & 0xffL) << 24;
    }

    /**
     * What {@code bpf_redirect_map()} finds at a key.
     *
     * @param key the u32 key
     * @return the entry's value (ifindex, qsize, socket), or null if the slot is empty
     */
    public byte[] target(long key) {
        byte[] k = new byte[4];
        ArrayIndex.put(key, k);
        return entries.get(MapKey.copyOf(k));
    }

    @Override
    public byte[] progLookup(byte[] key, int cpu) {
        checkKey(key);
        // devmaps are readable by programs (struct bpf_devmap_val); cpumap/xskmap lookups are
        // only used by redirect
        return entries.get(MapKey.copyOf(key));
    }

    @Override
    public int lookup(byte[] key, byte[] value) {
        checkKey(key);
        checkValue(value, valueSize());
        if (type() == MapType.XSKMAP) return -Errno.EOPNOTSUPP;
        byte[] v = entries.get(MapKey.copyOf(key));
        if (v == null) return -Errno.ENOENT;
        System.arraycopy(v, 0, value, 0, valueSize());
        return 0;
    }

    @Override
    public int update(byte[] key, byte[] value, long flags) {
        checkKey(key);
        checkValue(value, valueSize());
        long k = ArrayIndex.of(key);
        MapKey mk = MapKey.copyOf(key);
        boolean present = entries.containsKey(mk);
        if (flags < 0 || flags > MapFlags.BPF_EXIST) return -Errno.EINVAL;
        long first = u32(value, 0);
        long progFd = valueSize() >= 8 ? (int) u32(value, 4) : -1;
        switch (type()) {
            case DEVMAP_HASH -> {
                if (first == 0) return -Errno.EINVAL;
                if (present && flags == MapFlags.BPF_NOEXIST) return -Errno.EEXIST;
                if (!present && entries.size() >= maxEntries()) return -Errno.E2BIG;
            }
            case CPUMAP -> {
                if (k >= maxEntries()) return -Errno.E2BIG;
                if (flags == MapFlags.BPF_NOEXIST) return -Errno.EEXIST;
                if (first > 16384) return -Errno.EOVERFLOW;
                if (k >= numCpus()) return -Errno.ENODEV;
            }
            case XSKMAP -> {
                if (k >= maxEntries()) return -Errno.E2BIG;
                if (present && flags == MapFlags.BPF_NOEXIST) return -Errno.EEXIST;
                if (!present && flags == MapFlags.BPF_EXIST) return -Errno.ENOENT;
            }
            default -> { // DEVMAP
                if (k >= maxEntries()) return -Errno.E2BIG;
                if (flags == MapFlags.BPF_NOEXIST) return -Errno.EEXIST;
            }
        }
        if (progFd > 0) return -Errno.EINVAL;
        if (first == 0 && type() != MapType.XSKMAP) {
            entries.remove(mk); // ifindex 0 / qsize 0: the slot becomes empty
            return 0;
        }
        byte[] v = new byte[valueSize()];
        System.arraycopy(value, 0, v, 0, valueSize());
        if (valueSize() >= 8) { // no attached program: its id reads as 0
            v[4] = 0;
            v[5] = 0;
            v[6] = 0;
            v[7] = 0;
        }
        entries.put(mk, v);
        return 0;
    }

    @Override
    public int delete(byte[] key) {
        checkKey(key);
        MapKey mk = MapKey.copyOf(key);
        if (hashed) return entries.remove(mk) == null ? -Errno.ENOENT : 0;
        if (ArrayIndex.of(key) >= maxEntries()) return -Errno.EINVAL;
        entries.remove(mk);
        return 0;
    }

    @Override
    public int getNextKey(byte[] key, byte[] nextKey) {
        if (!hashed) {
            if (key != null) checkKey(key);
            return ArrayIndex.next(key, maxEntries(), nextKey);
        }
        var it = entries.keySet().iterator();
        if (key != null) {
            checkKey(key);
            MapKey k = MapKey.copyOf(key);
            if (entries.containsKey(k)) {
                while (it.hasNext() && !it.next().equals(k)) {
                    // skip up to and including the current key
                }
            }
        }
        if (!it.hasNext()) return -Errno.ENOENT;
        System.arraycopy(it.next().bytes, 0, nextKey, 0, 4);
        return 0;
    }
}
