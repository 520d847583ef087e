package io.github.ebpf4j.vm.prog;

/** TC classifier/action return codes, {@code TC_ACT_*} in include/uapi/linux/pkt_cls.h. */
public enum TcAction {
    /** TC_ACT_UNSPEC = -1. */ TC_ACT_UNSPEC(-1),
    /** TC_ACT_OK = 0. */ TC_ACT_OK(0),
    /** TC_ACT_RECLASSIFY = 1. */ TC_ACT_RECLASSIFY(1),
    /** TC_ACT_SHOT = 2. */ TC_ACT_SHOT(2),
    /** TC_ACT_PIPE = 3. */ TC_ACT_PIPE(3),
    /** TC_ACT_STOLEN = 4. */ TC_ACT_STOLEN(4),
    /** TC_ACT_QUEUED = 5. */ TC_ACT_QUEUED(5),
    /** TC_ACT_REPEAT = 6. */ TC_ACT_REPEAT(6),
    /** TC_ACT_REDIRECT = 7. */ TC_ACT_REDIRECT(7),
    /** TC_ACT_TRAP = 8. */ TC_ACT_TRAP(8);

    private final int code;

    TcAction(int code) {
        this.code = code;
    }

    /** @return the numeric code */
    public int code() {
        return code;
    }

    /**
     * @param retval the program's return value (as a 32-bit int)
     * @return the action, or null for other values
     */
    public static TcAction of(long retval) {
        int v = (int) retval;
        for (TcAction a : values()) if (a.code == v) return a;
        return null;
    }
}
