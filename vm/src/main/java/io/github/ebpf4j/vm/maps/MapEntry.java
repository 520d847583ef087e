package io.github.ebpf4j.vm.maps;

/**
 * One key and value as user space sees them (a per-CPU map's value holds every CPU's value, each
 * padded to 8 bytes, as {@code BPF_MAP_LOOKUP_ELEM} returns it).
 *
 * @param key key bytes
 * @param value value bytes
 */
public record MapEntry(byte[] key, byte[] value) {
}
