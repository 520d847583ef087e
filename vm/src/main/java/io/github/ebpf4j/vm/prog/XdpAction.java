package io.github.ebpf4j.vm.prog;

/** XDP program return codes, {@code enum xdp_action} in include/uapi/linux/bpf.h. */
public enum XdpAction {
    /** XDP_ABORTED = 0. */ XDP_ABORTED,
    /** XDP_DROP = 1. */ XDP_DROP,
    /** XDP_PASS = 2. */ XDP_PASS,
    /** XDP_TX = 3. */ XDP_TX,
    /** XDP_REDIRECT = 4. */ XDP_REDIRECT;

    /**
     * @param retval the program's return value
     * @return the action's name, or null if the value is not an action (the kernel treats it as
     *     invalid and warns)
     */
    public static XdpAction of(long retval) {
        return retval >= 0 && retval < values().length ? values()[(int) retval] : null;
    }
}
