package io.github.ebpf4j.elf;

import io.github.ebpf4j.vm.maps.MapSpec;
import io.github.ebpf4j.vm.maps.MapType;
import java.util.List;

/**
 * A map an object defines: the runtime description ({@link MapSpec}) plus where it came from.
 *
 * @param spec what to create
 * @param origin which kind of definition produced it
 * @param kernelName the name libbpf gives the kernel map ({@code internal_map_name()} for global
 *     data: e.g. {@code "tc_glob.rodata"}), at most 15 characters
 * @param section ELF section of the definition
 * @param sectionOffset offset of the definition (or data) in that section
 * @param keyTypeId BTF type of the key, 0 if given by size only
 * @param valueTypeId BTF type of the value (a DATASEC for global data), 0 if none
 * @param numaNode {@code numa_node} attribute, 0 if not given
 * @param pinning {@code pinning}: 0 none, 1 {@code LIBBPF_PIN_BY_NAME}
 * @param mapExtra {@code map_extra} attribute (bloom filter hashes, arena address)
 * @param initialSlots {@code values} initialisers of a prog array or map-in-map
 */
public record BpfMap(MapSpec spec, Origin origin, String kernelName, String section, long sectionOffset,
        int keyTypeId, int valueTypeId, int numaNode, int pinning, long mapExtra, List<Slot> initialSlots) {

    /** The kind of definition a map comes from. */
    public enum Origin {
        /** A variable in {@code .maps} described by BTF. */ BTF,
        /** A {@code struct bpf_map_def} in the legacy {@code maps} section. */ LEGACY,
        /** Global data: {@code .data}, {@code .data.*}. */ DATA,
        /** Global read-only data: {@code .rodata}, {@code .rodata.*}. */ RODATA,
        /** Zero-initialised global data: {@code .bss}, {@code .bss.*}. */ BSS,
        /** The {@code .kconfig} externs' values. */ KCONFIG
    }

    /**
     * One initialised slot of a prog array or map-in-map ({@code .values = { [i] = &x }}).
     *
     * @param index slot index (the key)
     * @param target name of the program or map put there
     * @param program whether the target is a program (else a map)
     */
    public record Slot(int index, String target, boolean program) {}

    /** Copies the slot list. */
    public BpfMap {
        initialSlots = List.copyOf(initialSlots);
    }

    /** @return the map's name as in the object ({@code spec().name()}) */
    public String name() { return spec.name(); }

    /** @return the map type */
    public MapType type() { return spec.type(); }

    /** @return key size in bytes */
    public int keySize() { return spec.keySize(); }

    /** @return value size in bytes */
    public int valueSize() { return spec.valueSize(); }

    /** @return maximum number of entries */
    public int maxEntries() { return spec.maxEntries(); }

    /** @return map flags */
    public int flags() { return spec.flags(); }
}
