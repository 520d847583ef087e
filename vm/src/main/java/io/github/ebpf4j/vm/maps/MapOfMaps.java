package io.github.ebpf4j.vm.maps;

import io.github.ebpf4j.vm.Errno;
import java.util.LinkedHashMap;
import java.util.function.IntFunction;

/**
 * {@code BPF_MAP_TYPE_ARRAY_OF_MAPS} and {@code HASH_OF_MAPS}: values are maps. User space stores a
 * map by descriptor (u32 fd, resolved through the map table); a program's lookup yields the inner
 * map itself. Mirrors kernel/bpf/map_in_map.c: an inner map must match the template in type, key
 * size, value size, map flags and (unless the template has {@link MapFlags#BPF_F_INNER_MAP})
 * max_entries, else {@code -EINVAL}. Update rules are those of the array (only BPF_ANY,
 * {@code -E2BIG} past the end) or of the hash table (NOEXIST/EXIST, {@code -E2BIG} when full).
 */
public final class MapOfMaps extends BpfMap {
    private final boolean array;
    private final LinkedHashMap<MapKey, BpfMap> inner = new LinkedHashMap<>();
    private final IntFunction<BpfMap> resolver;

    /**
     * @param spec outer map spec (value size 4, inner map template present)
     * @param numCpus simulated CPUs
     * @param resolver map descriptor to map, null if unknown
     */
    MapOfMaps(MapSpec spec, int numCpus, IntFunction<BpfMap> resolver) {
        super(spec, numCpus);
        this.array = spec.type() == MapType.ARRAY_OF_MAPS;
        this.resolver = resolver;
    }

    private boolean compatible(BpfMap m) {
        MapSpec t = spec().innerMap();
        MapSpec s = m.spec();
        return t != null && s.type() == t.type() && s.keySize() == t.keySize() && s.valueSize() == t.valueSize()
                && (s.flags() & ~MapFlags.BPF_F_INNER_MAP) == (t.flags() & ~MapFlags.BPF_F_INNER_MAP)
                && ((t.flags() & MapFlags.BPF_F_INNER_MAP) != 0 || s.maxEntries() == t.maxEntries());
    }

    /**
     * Stores an inner map (Java API, the same checks as {@link #update}).
     *
     * @param key key bytes
     * @param map the inner map
     * @param flags update flags
     * @return 0 or a negative errno
     */
    public int setInner(byte[] key, BpfMap map, long flags) {
        checkKey(key);
        if (map == null || !compatible(map)) return -Errno.EINVAL;
        MapKey k = MapKey.copyOf(key);
        if (array) {
            if (flags != MapFlags.BPF_ANY) return -Errno.EINVAL;
            if (ArrayIndex.of(key) >= maxEntries()) return -Errno.E2BIG;
        } else {
            if (flags < 0 || flags > MapFlags.BPF_EXIST) return -Errno.EINVAL;
            boolean present = inner.containsKey(k);
            if (present && flags == MapFlags.BPF_NOEXIST) return -Errno.EEXIST;
            if (!present && flags == MapFlags.BPF_EXIST) return -Errno.ENOENT;
            if (!present && inner.size() >= maxEntries()) return -Errno.E2BIG;
        }
        inner.put(k, map);
        return 0;
    }

    /**
     * A program's {@code bpf_map_lookup_elem()} on the outer map.
     *
     * @param key key bytes
     * @return the inner map, or null
     */
    public BpfMap progLookupMap(byte[] key) {
        checkKey(key);
        return inner.get(MapKey.copyOf(key));
    }

    @Override
    public int lookup(byte[] key, byte[] value) {
        checkKey(key);
        checkValue(value, 4);
        BpfMap m = inner.get(MapKey.copyOf(key));
        if (m == null) return -Errno.ENOENT;
        ArrayIndex.put(System.identityHashCode(m) & 0x7fffffffL, value);
        return 0;
    }

    @Override
    public int update(byte[] key, byte[] value, long flags) {
        checkKey(key);
        checkValue(value, 4);
        BpfMap m = resolver == null ? null : resolver.apply((int) ArrayIndex.of(value));
        if (m == null) return -Errno.EBADF;
        return setInner(key, m, flags);
    }

    @Override
    public int delete(byte[] key) {
        checkKey(key);
        if (array && ArrayIndex.of(key) >= maxEntries()) return -Errno.E2BIG;
        return inner.remove(MapKey.copyOf(key)) == null ? -Errno.ENOENT : 0;
    }

    @Override
    public int progDelete(byte[] key, int cpu) {
        return delete(key);
    }

    @Override
    public int getNextKey(byte[] key, byte[] nextKey) {
        if (array) {
            if (key != null) checkKey(key);
            return ArrayIndex.next(key, maxEntries(), nextKey);
        }
        var it = inner.keySet().iterator();
        if (key != null) {
            checkKey(key);
            MapKey k = MapKey.copyOf(key);
            if (inner.containsKey(k)) {
                while (it.hasNext() && !it.next().equals(k)) {
                    // skip up to and including the current key
                }
            }
        }
        if (!it.hasNext()) return -Errno.ENOENT;
        System.arraycopy(it.next().bytes, 0, nextKey, 0, keySize());
        return 0;
    }
}
