/**
 * ebpf4j's virtual machine: the eBPF instruction set ({@link io.github.ebpf4j.vm.isa}), its
 * assembler and disassembler, the interpreter and its memory model, maps, helpers and program
 * types. The specification is RFC 9669 (BPF Instruction Set Architecture) and the Linux kernel's
 * Documentation/bpf.
 */
package io.github.ebpf4j.vm;
