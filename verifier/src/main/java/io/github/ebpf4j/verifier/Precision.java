package io.github.ebpf4j.verifier;

import static io.github.ebpf4j.vm.isa.Bpf.*;

import io.github.ebpf4j.vm.isa.Insn;


/**
 * Precision tracking: when a scalar's exact value decides something (a branch the bounds settle,
 * a pointer offset, a helper's size argument, a return value), the instructions that produced it
 * are walked backwards ({@code backtrack_insn()}) through the path's {@link Trace} and checkpoint
 * parents, and the registers and spilled slots that carried the value are marked precise in every
 * checkpoint on the way ({@code __mark_chain_precision()}). A checkpoint's imprecise scalars then
 * match any value when pruning. Whatever backtracking cannot follow marks every scalar of every
 * ancestor precise, as the kernel does.
 */
final class Precision {
    private final Env env;
    private final int[] regs = new int[MAX_CALL_FRAMES];
    private final long[] slots = new long[MAX_CALL_FRAMES];
    private int frame;

    Precision(Env env) {
        this.env = env;
    }

    /** mark_chain_precision() for a register of the current frame, before the current insn. */
    void markReg(int regno) {
        reset();
        regs[frame] = 1 << regno;
        run();
    }


    /** propagate_precision(): what is precise in {@code old} must be precise in the current chain. */
    void propagate(VerifierState old) {
        reset();
        boolean any = false;
        for (int f = 0; f <= old.curframe; f++) {
            FuncState fs = old.frames[f];
            for (int i = 0; i < fs.regs.length; i++) {
                RegState r = fs.regs[i];
                if (r.type == RegType.SCALAR_VALUE && r.precise) {
                    regs[f] |= 1 << i;
                    any = true;
                }
            }
            for (int spi = 0; spi < fs.allocatedStack / 8; spi++) {
                if (fs.spilledScalar(spi) && fs.spilled[spi].precise) {
                    slots[f] |= 1L << spi;
                    any = true;
                }
            }
        }
        if (any) run();
    }

    private void reset() {
        java.util.Arrays.fill(regs, 0);
        java.util.Arrays.fill(slots, 0);
        frame = env.cur.curframe;
    }

    private boolean empty() {
        for (int f = 0; f < MAX_CALL_FRAMES; f++) if (regs[f] != 0 || slots[f] != 0) return false;
        return true;
    }

    private void run() {
        VerifierState cur = env.cur;
        VerifierState st = cur;
        Trace node = cur.trace;
        int subseq = env.insnIdx;
        for (;;) {
            for (; node != null; node = node.prev()) {
                if (!backtrack(node, subseq)) {
                    markAllPrecise(cur);
                    return;
                }
                if (empty()) return;
                subseq = node.idx();
            }
            VerifierState p = st.parent;
            if (p == null) break;
            if (frame > p.curframe) {
                markAllPrecise(cur);
                return;
            }
            for (int fr = frame; fr >= 0; fr--) {
                if (!markIn(p.frames[fr], fr)) {
                    markAllPrecise(cur);
                    return;
                }
            }
            if (empty()) return;
            subseq = p.insnIdx;
            st = p;
            node = p.trace;
        }
        if (!empty()) markAllPrecise(cur);
    }

    private boolean markIn(FuncState f, int fr) {
        int m = regs[fr];
        for (int i = 0; m != 0 && i < f.regs.length; i++) {
            if ((m & (1 << i)) == 0) continue;
            RegState r = f.regs[i];
            if (r.type != RegType.SCALAR_VALUE || r.precise) m &= ~(1 << i);
            else r.precise = true;
        }
        regs[fr] = m;
        long s = slots[fr];
        for (int spi = 0; s != 0 && spi < 64; spi++) {
            if ((s & (1L << spi)) == 0) continue;
            if (spi >= f.allocatedStack / 8) return false;
            if (!f.spilledScalar(spi) || f.spilled[spi].precise) s &= ~(1L << spi);
            else f.spilled[spi].precise = true;
        }
        slots[fr] = s;
        return true;
    }


    /** mark_all_scalars_precise(): every scalar of every checkpoint above the current state. */
    private static void markAllPrecise(VerifierState cur) {
        for (VerifierState st = cur.parent; st != null; st = st.parent) {
            for (int f = 0; f <= st.curframe; f++) {
                FuncState fs = st.frames[f];
                for (RegState r : fs.regs) if (r.type == RegType.SCALAR_VALUE) r.precise = true;
                for (int spi = 0; spi < FuncState.SLOTS; spi++) {
                    if (fs.spilledScalar(spi)) fs.spilled[spi].precise = true;
                }
            }
        }
    }

    private boolean isReg(int r) {
        return (regs[frame] & (1 << r)) != 0;
    }

    private void setReg(int r) {
        regs[frame] |= 1 << r;
    }

    private void clearReg(int r) {
        regs[frame] &= ~(1 << r);
    }

    private void syncLinked(int[] linked) {
        if (linked == null) return;
        boolean any = false;
        for (int e : linked) if (linkedSet(e)) any = true;
        if (!any) return;
        for (int e : linked) {
            int fr = e >>> 16;
            int idx = e & 0xff;
            if (((e >>> 8) & 0xff) == 0) regs[fr] |= 1 << idx;
            else slots[fr] |= 1L << idx;
        }
    }

    private boolean linkedSet(int e) {
        int fr = e >>> 16;
        int idx = e & 0xff;
        return ((e >>> 8) & 0xff) == 0 ? (regs[fr] & (1 << idx)) != 0 : (slots[fr] & (1L << idx)) != 0;
    }

    private static boolean isCallbackCall(Insn in) {
        return in.opcode() == CALL && in.src() == 0 && Callbacks.callsSync(in.imm());
    }

    private static boolean isPseudoCall(Insn in) {
        return in.opcode() == CALL && in.src() == BPF_PSEUDO_CALL;
    }

    /** backtrack_insn(): what had to be precise before {@code node} for the marks after it. */
    private boolean backtrack(Trace node, int subseq) {
        int idx = node.idx();
        long w = env.prog.word(idx); // fields read straight from the slot: this loop runs per traced insn
        int code = (int) w & 0xff;
        int cls = code & 7;
        int dreg = (int) (w >>> 8) & 0xf;
        int sreg = (int) (w >>> 12) & 0xf;
        int imm = (int) (w >>> 32);
        boolean x = (code & BPF_X) != 0;
        syncLinked(node.linked());
        switch (cls) {
            case BPF_ALU, BPF_ALU64 -> {
                if (!isReg(dreg)) break;
                int op = code & 0xf0;
                if (op == BPF_MOV) {
                    clearReg(dreg);
                    if (x) setReg(sreg);
                } else if (x && op != BPF_NEG && op != BPF_END) {
                    setReg(sreg);
                }
            }
            case BPF_LDX -> {
                if (!isReg(dreg)) break;
                clearReg(dreg);
                int sa = node.stackAccess();
                if (sa != 0) slots[(sa >>> 8) & 0xff] |= 1L << (sa & 0xff);
            }
            case BPF_STX, BPF_ST -> {
                if (isReg(dreg)) return false;
                int sa = node.stackAccess();
                if (cls == BPF_STX && (code & 0xe0) == BPF_ATOMIC) {
                    if (isReg(sreg) || (imm == BPF_CMPXCHG && isReg(0))) return false;
                    if (sa != 0 && (slots[(sa >>> 8) & 0xff] & (1L << (sa & 0xff))) != 0) return false;
                    break;
                }
                if (sa == 0) break;
                int fr = (sa >>> 8) & 0xff;
                long bit = 1L << (sa & 0xff);
                if ((slots[fr] & bit) == 0) break;
                slots[fr] &= ~bit;
                if (cls == BPF_STX) setReg(sreg);
            }
            case BPF_LD -> {
                if (!isReg(dreg)) break;
                clearReg(dreg);
                int mode = code & 0xe0;
                if (mode == BPF_ABS || mode == BPF_IND) return false;
            }
            default -> { // JMP, JMP32
                int op = code & 0xf0;
                if (op == BPF_CALL) {
                    if (sreg == BPF_PSEUDO_CALL && subseq != idx + 1) {
                        // leaving the callee backwards: its r1-r5 were the caller's arguments
                        if ((regs[frame] & ~0x3e) != 0 || slots[frame] != 0 || frame == 0) return false;
                        int args = regs[frame];
                        regs[frame] = 0;
                        frame--;
                        regs[frame] |= args;
                    } else if (sreg == 0 && Callbacks.callsSync(imm) && subseq != idx + 1) {
                        // leaving a callback backwards to the helper that called it: its r1-r5 came
                        // from the helper, not from the caller's registers
                        if ((regs[frame] & ~0x3e) != 0 || slots[frame] != 0 || frame == 0) return false;
                        regs[frame] = 0;
                        frame--;
                    } else {
                        clearReg(0);
                        if ((regs[frame] & 0x3e) != 0) return false;
                    }
                } else if (op == BPF_EXIT) {
                    // entering a callee backwards from its return point; a callback returns to
                    // the helper call, whose r1-r5 are the helper's business, and its r0 is not
                    // the helper's result
                    if (subseq >= 0 && subseq < env.prog.size() && isCallbackCall(env.prog.insn(subseq))) {
                        regs[frame] &= ~0x3e;
                    }
                    if (frame + 1 >= MAX_CALL_FRAMES) return false;
                    boolean r0 = isReg(0) && subseq >= 1 && isPseudoCall(env.prog.insn(subseq - 1));
                    clearReg(0);
                    frame++;
                    regs[frame] = 0;
                    slots[frame] = 0;
                    if (r0) setReg(0);
                } else if (op != BPF_JA && x) {
                    if (isReg(dreg) || isReg(sreg)) {
                        setReg(dreg);
                        setReg(sreg);
                    }
                }
            }
        }
        syncLinked(node.linked());
        return true;
    }
}
