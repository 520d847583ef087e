package io.github.ebpf4j.vm.prog;

/**
 * {@code struct pt_regs} of x86-64, the context of kprobe programs (arch/x86/include/asm/ptrace.h;
 * checked against the BTF of Linux 6.18: size 168). The test supplies the bytes; these offsets
 * name the registers ({@code PT_REGS_PARM1(ctx)} is {@code di}, the return value {@code ax}).
 */
public final class PtRegs {
    /** {@code sizeof(struct pt_regs)}. */
    public static final int SIZE = 168;

    /** The layout as data. */
    public static final CtxLayout LAYOUT = CtxLayout.of("struct pt_regs", SIZE,
            "r15", 0, 8, "r14", 8, 8, "r13", 16, 8, "r12", 24, 8, "bp", 32, 8, "bx", 40, 8, "r11", 48, 8,
            "r10", 56, 8, "r9", 64, 8, "r8", 72, 8, "ax", 80, 8, "cx", 88, 8, "dx", 96, 8, "si", 104, 8,
            "di", 112, 8, "orig_ax", 120, 8, "ip", 128, 8, "cs", 136, 8, "flags", 144, 8, "sp", 152, 8,
            "ss", 160, 8);

    private PtRegs() {
    }
}
