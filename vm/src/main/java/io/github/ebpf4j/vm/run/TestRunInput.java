package io.github.ebpf4j.vm.run;

/**
 * The input of one {@code BPF_PROG_TEST_RUN}: {@code data_in}, {@code ctx_in} and {@code repeat}.
 *
 * @param data the packet (from the Ethernet header; XDP metadata first when the context says so),
 *     or empty for programs without a packet
 * @param ctx the context bytes ({@code struct xdp_md}, {@code struct __sk_buff}, pt_regs, raw
 *     tracepoint arguments ...), or null for the kernel's default context
 * @param repeat how many times to run (at least 1); the kernel reports the last run
 */
public record TestRunInput(byte[] data, byte[] ctx, int repeat) {
    /** Copies the arrays and checks repeat. */
    public TestRunInput {
        data = data == null ? new byte[0] : data.clone();
        ctx = ctx == null ? null : ctx.clone();
        if (repeat < 1) repeat = 1;
    }

    /** @param packet the packet @return an input with that packet, no context, one run */
    public static TestRunInput packet(byte[] packet) {
        return new TestRunInput(packet, null, 1);
    }

    /** @param context context bytes @return an input with that context and no packet */
    public static TestRunInput context(byte[] context) {
        return new TestRunInput(null, context, 1);
    }

    /** @param context context bytes @return this input with a context */
    public TestRunInput withCtx(byte[] context) {
        return new TestRunInput(data, context, repeat);
    }

    /** @param times repetitions @return this input repeated */
    public TestRunInput withRepeat(int times) {
        return new TestRunInput(data, ctx, times);
    }

    /** @return a copy of the packet */
    @Override
    public byte[] data() {
        return data.clone();
    }

    /** @return a copy of the context, or null */
    @Override
    public byte[] ctx() {
        return ctx == null ? null : ctx.clone();
    }
}
