package io.github.ebpf4j.vm.maps;

import io.github.ebpf4j.vm.Errno;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;

/**
 * {@code BPF_MAP_TYPE_HASH}, {@code PERCPU_HASH}, {@code LRU_HASH} and {@code LRU_PERCPU_HASH}:
 * mirrors kernel/bpf/hashtab.c.
 *
 * <ul>
 *   <li>Update: {@code -EINVAL} for unknown flags, {@code -EEXIST} for NOEXIST on a present key,
 *       {@code -ENOENT} for EXIST on an absent key, {@code -E2BIG} when a new key would exceed
 *       max_entries (replacing an existing key always works, as with the kernel's extra
 *       per-CPU elements).</li>
 *   <li>Replacing a value gives the element a new value array, as the kernel swaps in a new
 *       element; a per-CPU value is overwritten in place ({@code pcpu_copy_value}).</li>
 *   <li>LRU maps never fail with {@code -E2BIG}: a full map evicts, following the kernel's
 *       lists ({@link LruLists}), possibly several elements at once. As in
 *       {@code htab_lru_map_update_elem()}, the new element's node is taken (evicting if needed)
 *       before the flags are checked, so even an update that then fails, or that replaces an
 *       existing key, can evict. Only program-side lookups set an element's reference bit.</li>
 *   <li>Iteration order (get_next_key) is insertion order; the kernel's follows its buckets
 *       (seeded hash), so callers must not rely on it.</li>
 * </ul>
 */
public final class HashTableMap extends BpfMap {
    private final boolean percpu;
    private final boolean lru;
    private final LinkedHashMap<MapKey, Element> elements = new LinkedHashMap<>();
    private final LruLists<Element> lruLists;

    /** One element: key and one value array per CPU (one for non-per-CPU maps). */
    private static final class Element extends LruLists.Node {
        final byte[] key;
        final byte[][] values;

        Element(byte[] key, byte[][] values) {
            this.key = key;
            this.values = values;
        }
    }

    /**
     * @param spec hash-type spec
     * @param numCpus simulated CPUs
     */
    HashTableMap(MapSpec spec, int numCpus) {
        super(spec, numCpus);
        MapType t = spec.type();
        this.percpu = t == MapType.PERCPU_HASH || t == MapType.LRU_PERCPU_HASH;
        this.lru = t == MapType.LRU_HASH || t == MapType.LRU_PERCPU_HASH;
        this.lruLists = lru ? new LruLists<>(spec.maxEntries(), numCpus, this::evicted) : null;
    }

    @Override
    public boolean isPerCpu() {
        return percpu;
    }

    /** @return number of elements present */
    public int size() {
        return elements.size();
    }


    @Override
    public int lookup(byte[] key, byte[] value) {
        checkKey(key);
        checkValue(value, userValueSize());
        Element e = elements.get(MapKey.copyOf(key));
        if (e == null) return -Errno.ENOENT;
        if (percpu) {
            Arrays.fill(value, 0, userValueSize(), (byte) 0);
            int stride = roundUp8(valueSize());
            for (int c = 0; c < numCpus(); c++) System.arraycopy(e.values[c], 0, value, c * stride, valueSize());
        } else {
            System.arraycopy(e.values[0], 0, value, 0, valueSize());
        }
        return 0;
    }

    @Override
    public int update(byte[] key, byte[] value, long flags) {
        checkKey(key);
        checkValue(value, userValueSize());
        if (frozen()) return -Errno.EPERM;
        return doUpdate(key, value, flags, -1);
    }

    @Override
    public int progUpdate(byte[] key, byte[] value, long flags, int cpu) {
        checkKey(key);
        checkValue(value, valueSize());
        return doUpdate(key, value, flags, cpu);
    }

    /** cpu -1: user space (all CPUs' values given); else the program's CPU. */
    private int doUpdate(byte[] key, byte[] value, long flags, int cpu) {
        int err = checkUpdateFlags(flags, !percpu);
        if (err != 0) return err;
        boolean locked = (flags & MapFlags.BPF_F_LOCK) != 0;
        long mode = flags & ~MapFlags.BPF_F_LOCK;
        MapKey k = MapKey.copyOf(key);
        if (lru) return lruUpdate(k, value, mode, cpu);
        Element old = elements.get(k);
        if (old != null && mode == MapFlags.BPF_NOEXIST) return -Errno.EEXIST;
        if (old == null && mode == MapFlags.BPF_EXIST) return -Errno.ENOENT;
        if (old != null) {
            if (percpu || locked) {
                // in place: pcpu_copy_value(), or copy_map_value_locked() under BPF_F_LOCK
                copyInto(old, value, cpu);
            } else {
                old = newElement(k.bytes, value, cpu);
                elements.put(k, old);
            }
            return 0;
        }
        if (elements.size() >= maxEntries()) return -Errno.E2BIG;
        elements.put(k, newElement(k.bytes, value, cpu));
        return 0;
    }

    /**
     * {@code htab_lru_map_update_elem()} / {@code htab_lru_percpu_map_update_elem()}: the node is
     * taken before the flags are checked, so a failing update can still evict.
     */
    private int lruUpdate(MapKey k, byte[] value, long mode, int cpu) {
        int c = cpu < 0 ? 0 : Math.floorMod(cpu, numCpus());
        boolean reserve = !(percpu && mode == MapFlags.BPF_EXIST);
        if (reserve && !lruLists.popFree(c)) return -Errno.ENOMEM;
        Element old = elements.get(k);
        int err = 0;
        if (old != null && mode == MapFlags.BPF_NOEXIST) err = -Errno.EEXIST;
        if (old == null && mode == MapFlags.BPF_EXIST) err = -Errno.ENOENT;
        if (err != 0 || (percpu && old != null)) {
            if (err == 0) {
                copyInto(old, value, cpu);
                lruLists.setRef(old);
            }
            if (reserve) lruLists.unreserve(c);
            return err;
        }
        Element fresh = newElement(k.bytes, value, cpu);
        elements.put(k, fresh);
        lruLists.addPending(fresh, c, old != null);
        if (old != null) lruLists.pushFree(old);
        return 0;
    }

    private void evicted(Element e) {
        MapKey k = MapKey.copyOf(e.key);
        if (elements.get(k) == e) elements.remove(k);
    }

    private Element newElement(byte[] key, byte[] value, int cpu) {
        byte[][] vals = new byte[percpu ? numCpus() : 1][valueSize()];
        Element e = new Element(key, vals);
        copyInto(e, value, cpu);
        return e;
    }

    private void copyInto(Element e, byte[] value, int cpu) {
        if (!percpu) {
            copyValue(e.values[0], value, 0);
        } else if (cpu < 0) {
            int stride = roundUp8(valueSize());
            for (int c = 0; c < numCpus(); c++) copyValue(e.values[c], value, c * stride);
        } else {
            copyValue(e.values[Math.floorMod(cpu, numCpus())], value, 0);
        }
    }

    @Override
    public int delete(byte[] key) {
        if (frozen()) return -Errno.EPERM;
        return progDelete(key, 0);
    }

    @Override
    public int progDelete(byte[] key, int cpu) {
        checkKey(key);
        Element e = elements.remove(MapKey.copyOf(key));
        if (e == null) return -Errno.ENOENT;
        if (lru) lruLists.pushFree(e);
        return 0;
    }

    @Override
    public int lookupAndDelete(byte[] key, byte[] value) {
        int err = lookup(key, value);
        if (err != 0) return err;
        return progDelete(key, 0);
    }

    @Override
    public int getNextKey(byte[] key, byte[] nextKey) {
        checkValue(nextKey, keySize());
        Iterator<Element> it = elements.values().iterator();
        if (key != null) {
            checkKey(key);
            MapKey k = MapKey.copyOf(key);
            if (elements.containsKey(k)) {
                // the kernel continues after the key's element; absent key: restart at the first
                while (it.hasNext()) {
                    if (Arrays.equals(it.next().key, key)) break;
                }
            }
        }
        if (!it.hasNext()) return -Errno.ENOENT;
        System.arraycopy(it.next().key, 0, nextKey, 0, keySize());
        return 0;
    }

    @Override
    public byte[] progLookup(byte[] key, int cpu) {
        checkKey(key);
        Element e = elements.get(MapKey.copyOf(key));
        if (e == null) return null;
        if (lru) lruLists.setRef(e);
        return e.values[percpu ? Math.floorMod(cpu, numCpus()) : 0];
    }

    /**
     * {@code bpf_map_lookup_percpu_elem()}: another CPU's value of a per-CPU element.
     *
     * @param key key bytes
     * @param cpu the CPU whose value is wanted
     * @return the value array, or null if absent or the CPU does not exist
     */
    public byte[] progLookupPercpu(byte[] key, int cpu) {
        if (!percpu || cpu < 0 || cpu >= numCpus()) return null;
        return progLookup(key, cpu);
    }
}
