package io.github.ebpf4j.verifier;

/**
 * Prints a verifier state as the kernel's {@code print_verifier_state()} does: the registers (all
 * or only those touched since the last print), then stack slots ({@code fp-8=mmmmmmmm},
 * {@code fp-16=????7}), then acquired references, and " cb" in a callback's frame.
 */
final class StateFormat {
    private StateFormat() {}

    private static final char[] SLOT_CHARS = {'?', 'r', 'm', '0'};

    /** @param st a state @return all its registers and stack, as after "cur state:" */
    static String full(VerifierState st) {
        StringBuilder b = new StringBuilder();
        FuncState f = st.cur();
        for (int i = 0; i < f.regs.length; i++) {
            RegState r = f.regs[i];
            if (r.type == RegType.NOT_INIT) continue;
            b.append(" R").append(i).append('=').append(RegFormat.format(r, f.frameno));
        }
        return b.toString();
    }

    static String state(Env env, boolean all) {
        return state(env, env.cur.cur(), all);
    }

    /** print_verifier_state() of one frame; frames other than 0 start with " frameN:". */
    static String state(Env env, FuncState f, boolean all) {
        StringBuilder b = new StringBuilder();
        if (f.frameno != 0) b.append(" frame").append(f.frameno).append(':');
        for (int i = 0; i < f.regs.length; i++) {
            RegState r = f.regs[i];
            if (r.type == RegType.NOT_INIT) continue;
            if (!all && (env.scratchedRegs & (1 << i)) == 0) continue;
            b.append(" R").append(i).append('=').append(RegFormat.format(r, f.frameno));
        }
        for (int i = 0; i < f.allocatedStack / 8; i++) {
            if (!all && (env.scratchedStack & (1L << i)) == 0) continue;
            char[] types = new char[8];
            boolean valid = false;
            for (int j = 0; j < 8; j++) {
                byte t = f.type(i * 8 + j);
                if (t != FuncState.STACK_INVALID) valid = true;
                types[j] = SLOT_CHARS[t];
            }
            if (!valid) continue;
            b.append(" fp").append((-i - 1) * 8).append('=');
            if (f.type(i * 8 + 7) == FuncState.STACK_SPILL) {
                int j = 0;
                while (j < 8 && f.type(i * 8 + j) != FuncState.STACK_SPILL) j++;
                b.append(types, 0, j).append(RegFormat.format(f.spill(i), f.frameno));
            } else {
                b.append(types);
            }
        }
        int[] refs = env.cur.refs;
        if (refs.length > 0) {
            b.append(" refs=").append(refs[0]);
            for (int i = 1; i < refs.length; i++) b.append(',').append(refs[i]);
        }
        if (f.inCallbackFn) b.append(" cb");
        if (!all) env.markClean();
        return b.toString();
    }
}
