/**
 * The eBPF instruction set: kernel-named constants ({@link io.github.ebpf4j.vm.isa.Bpf}), the raw
 * lossless instruction ({@link io.github.ebpf4j.vm.isa.Insn}), the typed form for tools
 * ({@link io.github.ebpf4j.vm.isa.Instruction}) and the {@link io.github.ebpf4j.vm.isa.Decoder}
 * between them.
 *
 * <p>Specification: RFC 9669 "BPF Instruction Set Architecture" and the Linux kernel's
 * Documentation/bpf/standardization/instruction-set.rst.
 */
package io.github.ebpf4j.vm.isa;
