package io.github.ebpf4j.verifier;

import io.github.ebpf4j.vm.isa.Bpf;

/**
 * One call frame: eleven registers and the frame's 512-byte stack, tracked per byte
 * ({@code slot_type}) with the register state of an 8-byte spill per slot. Mirrors the kernel's
 * {@code struct bpf_func_state} and {@code struct bpf_stack_state}.
 */
final class FuncState {
    /** Stack byte never written. */ static final byte STACK_INVALID = 0;
    /** Stack byte holds part of a spilled register. */ static final byte STACK_SPILL = 1;
    /** Stack byte holds some data. */ static final byte STACK_MISC = 2;
    /** Stack byte is known zero. */ static final byte STACK_ZERO = 3;

    static final int SLOTS = Bpf.STACK_SIZE / 8;

    final RegState[] regs = new RegState[Bpf.REG_COUNT];
    /**
     * slotType[spi * 8 + i]: byte i of 8-byte slot spi (slot 0 is fp-8 .. fp-1), as long as the
     * allocated stack (grown by {@link #growStack} before any access); read it with {@link #type}.
     */
    byte[] slotType = new byte[0];
    RegState[] spilled = new RegState[0];
    final int frameno;
    /** Bytes of stack touched so far (kernel: allocated_stack), a multiple of 8. */
    int allocatedStack;
    /** Index of the subprogram this frame runs (kernel: subprogno). */
    int subprog;
    /** The call instruction that created this frame; -1 for the main frame (kernel: callsite). */
    int callsite = -1;
    /** A callback's frame: its exit returns to the call instruction (kernel: in_callback_fn). */
    boolean inCallbackFn;
    /** A callback's frame: the range its r0 must lie in at exit (kernel: callback_ret_range). */
    int callbackRetMin;
    int callbackRetMax;
    /** Callback walks pushed from this frame on the current path (kernel: callback_depth). */
    int callbackDepth;

    /**
     * init_func_state(): a frame about to run subprogram {@code subprog}, r10 pointing at its own
     * empty stack, every other register unreadable.
     *
     * @param frameno depth in the call chain
     * @param subprog the subprogram it runs
     * @param callsite the call instruction that creates it, -1 for a walk's first frame
     * @return the frame
     */
    static FuncState entry(int frameno, int subprog, int callsite) {
        FuncState f = new FuncState(frameno);
        f.subprog = subprog;
        f.callsite = callsite;
        f.regs[Bpf.FP].markKnownZeroPointer(RegType.PTR_TO_STACK);
        f.regs[Bpf.FP].frameno = frameno;
        return f;
    }

    FuncState(int frameno) {
        this.frameno = frameno;
        for (int i = 0; i < regs.length; i++) regs[i] = new RegState();
    }

    /** @param spi slot @return the register state spilled there (created on first use) */
    RegState spill(int spi) {
        if (spi >= spilled.length) spilled = java.util.Arrays.copyOf(spilled, SLOTS);
        RegState r = spilled[spi];
        if (r == null) {
            r = new RegState();
            spilled[spi] = r;
        }
        return r;
    }

    FuncState copy() {
        FuncState f = new FuncState(frameno);
        for (int i = 0; i < regs.length; i++) f.regs[i].copyFrom(regs[i]);
        f.slotType = slotType.clone();
        f.spilled = new RegState[spilled.length];
        for (int i = 0; i < spilled.length; i++) {
            if (spilled[i] != null) f.spill(i).copyFrom(spilled[i]);
        }
        f.allocatedStack = allocatedStack;
        f.subprog = subprog;
        f.callsite = callsite;
        f.inCallbackFn = inCallbackFn;
        f.callbackRetMin = callbackRetMin;
        f.callbackRetMax = callbackRetMax;
        f.callbackDepth = callbackDepth;
        return f;
    }

    /** is_spilled_scalar_reg(): a spill of any size holding a scalar. */
    boolean spilledScalar(int spi) {
        return isSpilled(spi) && spilled[spi] != null && spilled[spi].type == RegType.SCALAR_VALUE;
    }

    /** is_spilled_scalar_reg64(): all 8 bytes spilled, holding a scalar. */
    boolean spilledScalar64(int spi) {
        for (int i = 0; i < 8; i++) if (type(spi * 8 + i) != STACK_SPILL) return false;
        return spilled[spi] != null && spilled[spi].type == RegType.SCALAR_VALUE;
    }

    boolean isSpilled(int spi) {
        return type(spi * 8 + 7) == STACK_SPILL;
    }

    /** @return the type of stack byte {@code idx} (see {@link #slotType}); never written: INVALID */
    byte type(int idx) {
        return idx < slotType.length ? slotType[idx] : STACK_INVALID;
    }

    void growStack(int size) {
        int n = (size + 7) / 8 * 8;
        if (n > allocatedStack) allocatedStack = n;
        if (n > slotType.length) {
            slotType = java.util.Arrays.copyOf(slotType, Math.min(SLOTS * 8, Math.max(n, slotType.length * 2)));
            spilled = java.util.Arrays.copyOf(spilled, slotType.length / 8);
        }
    }
}
