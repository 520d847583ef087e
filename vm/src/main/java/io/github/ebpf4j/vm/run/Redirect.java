package io.github.ebpf4j.vm.run;

/**
 * Where a program asked the packet to go ({@code bpf_redirect()}, {@code bpf_redirect_map()}).
 *
 * @param map the map name for {@code bpf_redirect_map()}, {@code "peer"} or {@code "neigh"} for
 *     {@code bpf_redirect_peer/neigh()}, or null for {@code bpf_redirect()}
 * @param key the interface index ({@code bpf_redirect}) or the map key
 * @param flags the flags passed (e.g. {@code BPF_F_INGRESS})
 * @param value the map entry's first u32 (target ifindex, CPU queue size or socket), or the
 *     ifindex for {@code bpf_redirect}
 */
public record Redirect(String map, long key, long flags, long value) {
}
