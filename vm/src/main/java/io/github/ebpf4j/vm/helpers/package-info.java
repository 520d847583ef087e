/**
 * Helper functions: the kernel's helper ids ({@link io.github.ebpf4j.vm.helpers.HelperId}), the
 * {@link io.github.ebpf4j.vm.helpers.Helper} interface a Java implementation of one implements, the
 * {@link io.github.ebpf4j.vm.helpers.HelperContext} it receives (program memory, call site,
 * callbacks, tail calls, the runtime's per-run state) and the immutable per-interpreter {@link
 * io.github.ebpf4j.vm.helpers.HelperRegistry}.
 *
 * <p>Specification: RFC 9669 4.3.1 (helper functions are called by id with arguments in r1 to r5
 * and return r0) and the kernel's include/uapi/linux/bpf.h for ids and names.
 */
package io.github.ebpf4j.vm.helpers;
