package io.github.ebpf4j.testkit;

import io.github.ebpf4j.vm.prog.ProgramType;

/** What became of a packet, whatever the program type's return codes are. */
public enum Verdict {
    /** Passed up the stack: XDP_PASS, TC_ACT_OK / TC_ACT_UNSPEC / TC_ACT_PIPE, a socket filter's non-zero length. */
    PASSED,
    /** Sent back out of the interface it came in on: XDP_TX. */
    TRANSMITTED,
    /** Redirected to another interface, CPU or socket: XDP_REDIRECT, TC_ACT_REDIRECT. */
    REDIRECTED,
    /** Dropped: XDP_DROP, XDP_ABORTED, TC_ACT_SHOT, TC_ACT_STOLEN ..., a socket filter's 0. */
    DROPPED;

    /**
     * @param type program type
     * @param retval its return value (32 bits)
     * @param action the runtime's action name, or null
     * @return the verdict
     */
    public static Verdict of(ProgramType type, long retval, String action) {
        if (action != null) {
            switch (action) {
                case "XDP_PASS", "TC_ACT_OK", "TC_ACT_UNSPEC", "TC_ACT_PIPE", "TC_ACT_RECLASSIFY" -> { return PASSED; }
                case "XDP_TX" -> { return TRANSMITTED; }
                case "XDP_REDIRECT", "TC_ACT_REDIRECT" -> { return REDIRECTED; }
                default -> { return DROPPED; }
            }
        }
        if (type == ProgramType.XDP || type == ProgramType.SCHED_CLS || type == ProgramType.SCHED_ACT) return DROPPED;
        return retval == 0 ? DROPPED : PASSED;
    }
}
