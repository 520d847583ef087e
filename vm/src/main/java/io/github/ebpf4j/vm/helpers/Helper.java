package io.github.ebpf4j.vm.helpers;

/**
 * A helper function the program calls with {@code call N} (RFC 9669 4.3.1, "helper functions"):
 * arguments in r1 to r5, result in r0. Implementations reach program memory and the run's state
 * through the {@link HelperContext}; they signal a bad argument the way the kernel does (a negative
 * errno in r0) or, for what the kernel's verifier would have refused, by throwing a
 * {@link io.github.ebpf4j.vm.interp.VmFault}. Any other exception is reported as a
 * {@code HELPER_FAILED} fault naming the helper.
 */
@FunctionalInterface
public interface Helper {
    /**
     * @param r1 first argument
     * @param r2 second argument
     * @param r3 third argument
     * @param r4 fourth argument
     * @param r5 fifth argument
     * @param ctx the calling run: memory, call site, callbacks, tail calls, the runtime's state
     * @return the value of r0
     */
    long call(long r1, long r2, long r3, long r4, long r5, HelperContext ctx);
}
