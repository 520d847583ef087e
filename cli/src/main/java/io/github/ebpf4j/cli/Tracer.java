package io.github.ebpf4j.cli;

import io.github.ebpf4j.vm.asm.Disassembler;
import io.github.ebpf4j.vm.interp.ExecutionListener;
import io.github.ebpf4j.vm.isa.Program;
import java.io.PrintWriter;

/**
 * {@code run --trace}: one line per executed instruction, printed once it has executed: its index
 * (indented by call depth), its text in LLVM syntax and the registers it changed, e.g.
 * {@code    3: r0 += r1        r0 = 0x2a}.
 */
final class Tracer implements ExecutionListener {
    private final PrintWriter out;
    private final Disassembler disassembler = Disassembler.llvm();
    private final long[] before = new long[11];
    private Program program;
    private int pc = -1;
    private int depth;

    Tracer(PrintWriter out) {
        this.out = out;
    }

    @Override
    public void onInstruction(Program program, int pc, int depth, long[] regs) {
        flush(regs);
        this.program = program;
        this.pc = pc;
        this.depth = depth;
        System.arraycopy(regs, 0, before, 0, before.length);
    }

    /**
     * Prints the pending instruction's line.
     *
     * @param after registers after it executed (or at the fault)
     */
    void flush(long[] after) {
        if (pc < 0) return;
        StringBuilder changed = new StringBuilder();
        for (int r = 0; r < before.length; r++) {
            if (before[r] != after[r]) {
                changed.append(changed.length() == 0 ? "" : ", ").append('r').append(r).append(" = 0x")
                        .append(Long.toHexString(after[r]));
            }
        }
        String text = "  ".repeat(depth) + String.format("%4d: %s", pc, disassembler.text(program, pc));
        out.println(changed.length() == 0 ? text : String.format("%-44s ; %s", text, changed));
        pc = -1;
    }
}
