package io.github.ebpf4j.vm.interp;

import io.github.ebpf4j.vm.EbpfException;

/**
 * The one way a running program stops abnormally: out-of-bounds, null or wild memory access, a
 * write to read-only memory, an exhausted instruction budget, a jump or fall-through out of the
 * program, an invalid instruction, a call nested too deep, an unknown or failing helper.
 *
 * <p>A fault raised by the {@link Memory} or by a helper starts without a location; the
 * {@link Interpreter} adds the program counter and the instruction's text before it reaches the
 * caller, so the message reads like
 * {@code "pc 17 (r1 = *(u32 *)(r2 + 4)): out of bounds load of 4 bytes at ctx+60 (size 24)"}.
 */
public final class VmFault extends EbpfException {
    private static final long serialVersionUID = 1L;

    /** Why the program stopped. */
    public enum Kind {
        /** Access outside the bounds of the region the pointer belongs to. */ OUT_OF_BOUNDS,
        /** Access through a pointer below 4 GiB (null or a small integer). */ NULL_POINTER,
        /** Access through a value that is not a pointer into any live region. */ WILD_POINTER,
        /** Write to a region mapped read-only. */ READ_ONLY,
        /** Atomic access that is not naturally aligned, or to a region that forbids it. */ BAD_ATOMIC,
        /** The instruction budget is used up. */ INSN_LIMIT,
        /** A jump, call or fall-through leaves the program. */ BAD_JUMP,
        /** The instruction is not valid (unknown opcode, bad register, write to r10, ...). */ INVALID_INSN,
        /** More than eight nested bpf-to-bpf calls. */ CALL_DEPTH,
        /** The program calls a helper that the registry does not have. */ UNKNOWN_HELPER,
        /** A helper refused its arguments or failed. */ HELPER_FAILED,
        /** The running thread was interrupted. */ INTERRUPTED,
        /** A bug in ebpf4j: an unexpected exception inside the interpreter. */ INTERNAL
    }

    private final Kind kind;
    private final String reason;
    private final int pc;
    private final String insnText;

    /**
     * An unlocated fault, as the memory model and helpers raise it.
     *
     * @param kind why
     * @param reason text without location
     */
    public VmFault(Kind kind, String reason) {
        this(kind, reason, -1, null, null);
    }

    /**
     * @param kind why
     * @param reason text without location
     * @param cause underlying exception (a failing helper's)
     */
    public VmFault(Kind kind, String reason, Throwable cause) {
        this(kind, reason, -1, null, cause);
    }

    private VmFault(Kind kind, String reason, int pc, String insnText, Throwable cause) {
        super(pc < 0 ? reason : "pc " + pc + " (" + insnText + "): " + reason, cause);
        this.kind = kind;
        this.reason = reason;
        this.pc = pc;
        this.insnText = insnText;
    }

    /**
     * @param pc index of the faulting instruction
     * @param insnText its text
     * @return this fault with its location (this one if it already has one)
     */
    public VmFault at(int pc, String insnText) {
        if (this.pc >= 0) return this;
        VmFault f = new VmFault(kind, reason, pc, insnText, getCause());
        f.setStackTrace(getStackTrace());
        return f;
    }

    /** @return why the program stopped */
    public Kind kind() { return kind; }

    /** @return the reason without the location */
    public String reason() { return reason; }

    /** @return index of the faulting instruction, or -1 if not known */
    public int pc() { return pc; }

    /** @return text of the faulting instruction, or null if not known */
    public String insnText() { return insnText; }

    /** @return true once the interpreter has added pc and instruction text */
    public boolean located() { return pc >= 0; }
}
