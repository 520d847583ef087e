package io.github.ebpf4j.verifier;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The checkpoints recorded at one instruction (one of the kernel's explored_states lists), oldest
 * first, with two indexes that keep long loops linear: how many are complete (no live path below
 * them: the only ones that can prune), and the in-progress ones by a hash of the current frame's
 * registers (the only ones that can be an endless loop, see states_maybe_looping()).
 */
final class StateList {
    final List<VerifierState> states = new ArrayList<>();
    /** Listed checkpoints whose paths have all ended. */
    int complete;
    private final Map<Integer, List<VerifierState>> byLoopHash = new HashMap<>();

    void add(VerifierState s) {
        s.list = this;
        states.add(s);
        byLoopHash.computeIfAbsent(s.loopHash, k -> new ArrayList<>(2)).add(s);
    }

    /** Removes the checkpoint at index {@code k} (eviction). */
    void remove(int k) {
        VerifierState s = states.remove(k);
        s.list = null;
        if (s.branches == 0) complete--;
        List<VerifierState> same = byLoopHash.get(s.loopHash);
        same.remove(s);
        if (same.isEmpty()) byLoopHash.remove(s.loopHash);
    }

    /** @return listed in-progress checkpoints whose current-frame registers hash to {@code hash} */
    List<VerifierState> inProgress(int hash) {
        return byLoopHash.getOrDefault(hash, List.of());
    }

    /** @return a hash of the current frame's registers, consistent with states_maybe_looping() */
    static int loopHash(VerifierState st) {
        int h = st.curframe;
        for (RegState r : st.cur().regs) {
            if (r.type == RegType.NOT_INIT) {
                h = h * 31;
                continue;
            }
            h = h * 31 + r.type.ordinal();
            h = h * 31 + Long.hashCode(r.varOff.value() ^ r.varOff.mask() * 17);
            h = h * 31 + Long.hashCode(r.smin ^ r.umax * 31 ^ r.smax * 7);
            h = h * 31 + r.off * 13 + r.id;
        }
        return h;
    }
}
