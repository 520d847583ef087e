package io.github.ebpf4j.vm.maps;

import java.util.Objects;

/**
 * What a map is, before it exists: the attributes of the kernel's {@code BPF_MAP_CREATE} (and
 * libbpf's map definition) that a loader knows from an object file and a runtime needs to create
 * the map. The ELF reader produces these; the runtime creates maps from them.
 *
 * @param name map name as in the object (e.g. {@code "flows"}, {@code ".rodata"})
 * @param type map type
 * @param keySize key size in bytes
 * @param valueSize value size in bytes
 * @param maxEntries maximum number of entries (ring buffer: size in bytes)
 * @param flags {@code map_flags} (BPF_F_NO_PREALLOC, BPF_F_RDONLY_PROG, ...)
 * @param innerMap template of the inner map for array/hash of maps, else null
 * @param initialData initial value bytes of a global-data map ({@code .data}, {@code .rodata},
 *     {@code .bss}: the single value of its single entry), else null
 * @param frozen the map's value is read-only for the program once loaded (libbpf freezes
 *     {@code .rodata})
 */
public record MapSpec(String name, MapType type, int keySize, int valueSize, int maxEntries, int flags,
        MapSpec innerMap, byte[] initialData, boolean frozen) {

    /** Checks that name and type are present. */
    public MapSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        initialData = initialData == null ? null : initialData.clone();
    }

    /**
     * @param name name @param type type @param keySize key size @param valueSize value size
     * @param maxEntries maximum entries
     * @return a plain map spec without flags, inner map or initial data
     */
    public static MapSpec of(String name, MapType type, int keySize, int valueSize, int maxEntries) {
        return new MapSpec(name, type, keySize, valueSize, maxEntries, 0, null, null, false);
    }

    /** @return a copy of the initial data, or null */
    @Override
    public byte[] initialData() {
        return initialData == null ? null : initialData.clone();
    }
}
