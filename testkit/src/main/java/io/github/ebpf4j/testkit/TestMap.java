package io.github.ebpf4j.testkit;

import io.github.ebpf4j.vm.maps.BpfMap;
import io.github.ebpf4j.vm.maps.MapEntry;
import io.github.ebpf4j.vm.maps.MapException;
import io.github.ebpf4j.vm.maps.MapFlags;
import java.util.List;
import java.util.Optional;

/**
 * A map of a {@link TestObject}, from the test's side (user space: per-CPU values come as one
 * value per CPU, concatenated, as {@code bpf_map_lookup_elem(2)} gives them).
 */
public final class TestMap {
    private final TestObject owner;
    private final BpfMap map;

    TestMap(TestObject owner, BpfMap map) {
        this.owner = owner;
        this.map = map;
    }

    /** @return the runtime's map */
    public BpfMap map() { return map; }

    /** @return the map's name */
    public String name() { return map.name(); }

    /** @return the object it belongs to */
    public TestObject object() { return owner; }

    /**
     * @param key key bytes (see {@link Bytes})
     * @param value value bytes
     * @return this
     * @throws MapException with the kernel's errno if the update fails (full, wrong size...)
     */
    public TestMap put(byte[] key, byte[] value) {
        int err = map.update(key, value, MapFlags.BPF_ANY);
        if (err != 0) throw new MapException(err, "map '" + name() + "': update of key " + Bytes.toHex(key) + " failed");
        return this;
    }

    /** @param key key @return the value (all CPUs' for per-CPU maps) if present */
    public Optional<byte[]> get(byte[] key) { return Optional.ofNullable(map.lookup(key)); }

    /** @param key key @return whether it is present */
    public boolean contains(byte[] key) { return map.lookup(key) != null; }

    /** @param key key @return whether it was present */
    public boolean delete(byte[] key) { return map.delete(key) == 0; }

    /**
     * @param key key of a per-CPU map
     * @param cpu CPU
     * @return that CPU's value (the kernel pads each to 8 bytes), if present
     */
    public Optional<byte[]> getOnCpu(byte[] key, int cpu) {
        byte[] all = map.lookup(key);
        if (all == null) return Optional.empty();
        int stride = map.userValueSize() / map.numCpus();
        return Optional.of(java.util.Arrays.copyOfRange(all, cpu * stride, cpu * stride + map.valueSize()));
    }

    /**
     * @param key key of a per-CPU map whose value is a {@code __u64} counter
     * @return the sum over CPUs (0 if absent)
     */
    public long sumU64(byte[] key) {
        byte[] all = map.lookup(key);
        if (all == null) return 0;
        if (!map.isPerCpu()) return Bytes.readU64(all, 0);
        int stride = map.userValueSize() / map.numCpus();
        long sum = 0;
        for (int c = 0; c < map.numCpus(); c++) sum += Bytes.readU64(all, c * stride);
        return sum;
    }

    /** @return every entry */
    public List<MapEntry> entries() { return map.entries(); }

    /** @return the number of entries */
    public int size() { return map.keys().size(); }

    @Override
    public String toString() { return map.toString(); }
}
