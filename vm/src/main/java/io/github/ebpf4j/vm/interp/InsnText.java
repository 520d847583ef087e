package io.github.ebpf4j.vm.interp;

import io.github.ebpf4j.vm.isa.Insn;
import io.github.ebpf4j.vm.isa.Program;

/** Text of an instruction for fault messages. */
final class InsnText {
    private InsnText() {}

    static String of(Program program, int pc) {
        if (program == null || pc < 0 || pc >= program.size()) return "end of program";
        Insn i = program.insn(pc);
        return String.format("opcode 0x%02x dst r%d src r%d off %d imm %d", i.opcode(), i.dst(), i.src(),
                i.off(), i.imm());
    }
}
