/**
 * Text forms of eBPF programs. {@link io.github.ebpf4j.vm.asm.Disassembler} prints LLVM's BPF
 * syntax exactly as {@code llvm-objdump -d} does, {@link io.github.ebpf4j.vm.asm.Assembler} reads
 * that syntax back (the text {@code llvm-mc -triple bpf} accepts), and
 * {@link io.github.ebpf4j.vm.asm.ConformanceAssembler} reads the mnemonic syntax of the
 * bpf_conformance suite ({@code mov32 %r0, 1}), whose {@code .data} files
 * {@link io.github.ebpf4j.vm.asm.ConformanceFile} parses.
 *
 * <p>References: RFC 9669 (encodings); LLVM's {@code lib/Target/BPF/BPFInstrInfo.td} (the LLVM
 * syntax); the bpf_conformance suite's README (the mnemonic syntax and the {@code .data} format).
 */
package io.github.ebpf4j.vm.asm;
