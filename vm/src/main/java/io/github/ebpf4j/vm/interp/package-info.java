/**
 * The interpreter and its memory model.
 *
 * <h2>Memory model</h2>
 * Java has no pointers, so a register that points somewhere holds a <em>tagged address</em>: the
 * upper 32 bits are the tag of a {@link io.github.ebpf4j.vm.interp.Region} ({@code generation << 16
 * | slot}), the lower 32 bits are {@code 2^31 + index} into the region's backing {@code byte[]}. A
 * {@link io.github.ebpf4j.vm.interp.Memory} holds the live regions of one interpreter in a slot
 * table, so translating an address is one array load and one compare, and every load, store and
 * atomic then checks {@code start <= index <= end - size} on the region's window (ints, no
 * overflow). Addresses below 4 GiB are null or plain integers; an unmapped region's addresses
 * fault, and a reused slot gets a new generation so stale pointers never reach the new region.
 * Regions mapped read-only refuse stores and atomics. Values are little-endian (RFC 9669 3).
 *
 * <p>Regions an interpreter maps itself: eight 512-byte stack frames ({@code fp}, r10 points just
 * past the end) and, for {@link io.github.ebpf4j.vm.interp.Interpreter#runWithMemory}, the caller's
 * memory in r1. A runtime maps the rest per run through {@link
 * io.github.ebpf4j.vm.interp.Interpreter#memory()}: the context (with an {@link
 * io.github.ebpf4j.vm.interp.AccessHook} that rewrites field accesses as the kernel's
 * {@code convert_ctx_access()} does, e.g. a 4-byte load of {@code xdp_md->data} yielding a 64-bit
 * packet address), the packet (a window over a buffer with head- and tailroom; moving the window
 * keeps byte addresses), map values as lookups return them ({@link
 * io.github.ebpf4j.vm.interp.Memory#regionOf(byte[])} gives the same address for the same value;
 * unmap on delete), read-only data and ring-buffer records. Helpers read and write program memory by
 * address through the same {@code Memory}, which reports bad arguments as faults or, with {@link
 * io.github.ebpf4j.vm.interp.Memory#accessible}, lets them return {@code -EFAULT} as the kernel does.
 * Function addresses ({@code ld_imm64} with {@code BPF_PSEUDO_FUNC}) carry the tag
 * {@link io.github.ebpf4j.vm.interp.Memory#CODE_TAG} and an instruction index.
 *
 * <h2>Interpreter</h2>
 * {@link io.github.ebpf4j.vm.interp.Interpreter} executes the raw 64-bit slots with one
 * {@code switch} over int opcodes; the values of every ALU operation are those of {@link
 * io.github.ebpf4j.vm.interp.AluSemantics} (RFC 9669 4), shared with the verifier. Any abnormal end
 * is a {@link io.github.ebpf4j.vm.interp.VmFault} with pc, instruction text and reason.
 *
 * <p>Specification: RFC 9669; the Linux kernel (kernel/bpf/core.c {@code ___bpf_prog_run},
 * net/core/filter.c {@code bpf_gen_ld_abs}) where the RFC leaves a behaviour to the implementation.
 */
package io.github.ebpf4j.vm.interp;
