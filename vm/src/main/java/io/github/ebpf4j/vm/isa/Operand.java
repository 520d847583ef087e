package io.github.ebpf4j.vm.isa;

/** The source operand of an ALU, jump or store instruction: a register or an immediate. */
public sealed interface Operand permits Operand.Reg, Operand.Imm {
    /** A register r0 to r10. @param n register number */
    record Reg(int n) implements Operand {}

    /** A signed 32-bit immediate. @param value the value */
    record Imm(int value) implements Operand {}

    /** @param n register number @return the register operand */
    static Operand reg(int n) { return new Reg(n); }

    /** @param v value @return the immediate operand */
    static Operand imm(int v) { return new Imm(v); }
}
