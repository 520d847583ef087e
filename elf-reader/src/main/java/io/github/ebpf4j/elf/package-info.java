/**
 * Reads BPF object files ({@code clang -target bpf} output: ELF64 relocatable, little- or
 * big-endian) the way libbpf opens and relocates them. Entry point: {@link
 * io.github.ebpf4j.elf.BpfObject#load(java.nio.file.Path)}. Programs come out linked with their
 * subprograms and with map references as map indices; maps as {@link
 * io.github.ebpf4j.vm.maps.MapSpec}s. Every malformation raises {@link
 * io.github.ebpf4j.elf.ElfFormatException} naming file, section and byte offset.
 *
 * <p>References: the ELF-64 Object File Format; libbpf's src/libbpf.c and relo_core.c
 * (https://github.com/libbpf/libbpf); Documentation/bpf/btf.rst and llvm_reloc.rst of the Linux
 * kernel.
 */
package io.github.ebpf4j.elf;
