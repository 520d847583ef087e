/**
 * BPF maps with the Linux kernel's semantics: {@link io.github.ebpf4j.vm.maps.BpfMap} and one
 * class per family (hash tables, arrays, LPM trie, queue/stack, bloom filter, ring buffer, perf
 * event array, program array, maps of maps, redirect maps), created from a
 * {@link io.github.ebpf4j.vm.maps.MapSpec} by a {@link io.github.ebpf4j.vm.maps.MapTable}.
 *
 * <p>User-space operations return 0 or a negative errno as the {@code bpf()} syscall does;
 * program-side operations ({@code prog*}) are what helpers call, and lookups return the live value
 * arrays the interpreter makes addressable. Reference: the kernel's kernel/bpf/*.c map
 * implementations and Documentation/bpf/maps.rst (map_*.rst per type).
 */
package io.github.ebpf4j.vm.maps;
