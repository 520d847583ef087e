package io.github.ebpf4j.vm.maps;

import java.util.Arrays;

/** A key's bytes with value equality, for hash-based maps. Owns its (copied) array. */
final class MapKey {
    final byte[] bytes;
    private final int hash;

    private MapKey(byte[] bytes) {
        this.bytes = bytes;
        this.hash = Arrays.hashCode(bytes);
    }

    /** @param key key bytes (copied) @return the key */
    static MapKey copyOf(byte[] key) {
        return new MapKey(key.clone());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MapKey k && k.hash == hash && Arrays.equals(k.bytes, bytes);
    }

    @Override
    public int hashCode() {
        return hash;
    }
}
