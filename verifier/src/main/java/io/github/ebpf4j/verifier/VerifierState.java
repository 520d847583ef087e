package io.github.ebpf4j.verifier;

/**
 * The verifier's state on one path: the call frames (frame 0, plus one per bpf-to-bpf call or
 * callback being walked) plus the acquired references. Mirrors the kernel's {@code struct bpf_verifier_state}.
 */
final class VerifierState {
    final FuncState[] frames;
    int curframe;
    /** Ids of acquired references not yet released (ring buffer records). */
    int[] refs = new int[0];
    /** Where this state continues. */
    int insnIdx;
    int prevInsnIdx;
    /** Length of the log when this state was pushed (level-1 logs drop finished paths). */
    long logPos;
    /** The last checkpoint on this path (kernel: parent), or null. */
    VerifierState parent;
    /** Checkpoints: paths still being explored below this one (kernel: branches). */
    int branches;
    /** Checkpoints: how often this one pruned a path, and missed one. */
    int hits;
    int misses;
    /** Checkpoints: the list this one is in (null once evicted), and its StateList.loopHash. */
    StateList list;
    int loopHash;
    /** Instructions executed since the parent checkpoint, newest first. */
    Trace trace;
    /** Entries the kernel's jump history would hold for this segment (forces a checkpoint past 40). */
    int histCnt;
    /** Callback walks pushed on this path (kernel: callback_unroll_depth). */
    int callbackUnrollDepth;
    /** Checkpoints on this path (kernel: dfs_depth). */
    int dfsDepth;

    VerifierState(int frames) {
        this.frames = new FuncState[frames];
    }

    VerifierState copy() {
        VerifierState s = new VerifierState(frames.length);
        for (int i = 0; i <= curframe; i++) s.frames[i] = frames[i].copy();
        s.curframe = curframe;
        s.refs = refs.clone();
        s.insnIdx = insnIdx;
        s.prevInsnIdx = prevInsnIdx;
        s.parent = parent;
        s.trace = trace;
        s.histCnt = histCnt;
        s.callbackUnrollDepth = callbackUnrollDepth;
        s.dfsDepth = dfsDepth;
        return s;
    }

    FuncState cur() {
        return frames[curframe];
    }

    RegState[] regs() {
        return frames[curframe].regs;
    }

    void acquire(int id) {
        int[] n = java.util.Arrays.copyOf(refs, refs.length + 1);
        n[refs.length] = id;
        refs = n;
    }

    boolean release(int id) {
        for (int i = 0; i < refs.length; i++) {
            if (refs[i] == id) {
                int[] n = new int[refs.length - 1];
                System.arraycopy(refs, 0, n, 0, i);
                System.arraycopy(refs, i + 1, n, i, refs.length - i - 1);
                refs = n;
                return true;
            }
        }
        return false;
    }
}
