/**
 * BPF Type Format: the {@code .BTF} section's types and strings ({@link
 * io.github.ebpf4j.elf.btf.Btf}) and the {@code .BTF.ext} section's function info, line info and
 * CO-RE relocation records ({@link io.github.ebpf4j.elf.btf.BtfExt}). Layout from the Linux
 * kernel's Documentation/bpf/btf.rst and include/uapi/linux/btf.h.
 */
package io.github.ebpf4j.elf.btf;
