/**
 * An offline model of the Linux kernel's eBPF verifier (kernel/bpf/verifier.c, privileged mode,
 * Linux 6.18): given a program, its type and its maps, {@link io.github.ebpf4j.verifier.Verifier}
 * answers with the kernel's verdict, failing instruction, message and log. Abstract interpretation
 * over {@link io.github.ebpf4j.verifier.RegState} (tristate numbers plus signed/unsigned 64/32-bit
 * bounds), per-byte stack state, pointer types and helper prototypes. Static bpf-to-bpf functions
 * are walked at each call; global ones, given their BTF prototypes
 * ({@link io.github.ebpf4j.verifier.VerifierOptions#subprogs()}), once on their own; callbacks of
 * bpf_loop() and bpf_for_each_map_elem() in frames of their own, re-entered from their call until
 * the states there converge. See
 * Documentation/bpf/verifier.rst in the kernel tree.
 */
package io.github.ebpf4j.verifier;
