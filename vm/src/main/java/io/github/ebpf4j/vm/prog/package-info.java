/**
 * Program types and their contexts: {@link io.github.ebpf4j.vm.prog.ProgramType}, the uapi
 * context layouts ({@link io.github.ebpf4j.vm.prog.XdpMd}, {@link io.github.ebpf4j.vm.prog.SkBuff},
 * {@link io.github.ebpf4j.vm.prog.PtRegs}) with the kernel's access rules, and the return codes
 * ({@link io.github.ebpf4j.vm.prog.XdpAction}, {@link io.github.ebpf4j.vm.prog.TcAction}).
 *
 * <p>Reference: include/uapi/linux/bpf.h, net/core/filter.c ({@code *_is_valid_access},
 * {@code *_convert_ctx_access}), net/bpf/test_run.c (BPF_PROG_TEST_RUN).
 */
package io.github.ebpf4j.vm.prog;
