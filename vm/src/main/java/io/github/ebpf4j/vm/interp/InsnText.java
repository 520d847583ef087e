package io.github.ebpf4j.vm.interp;

import io.github.ebpf4j.vm.asm.Disassembler;
import io.github.ebpf4j.vm.isa.DecodeException;
import io.github.ebpf4j.vm.isa.Decoder;
import io.github.ebpf4j.vm.isa.Insn;
import io.github.ebpf4j.vm.isa.Program;

/** Text of an instruction for fault messages: LLVM's syntax, or the raw fields if it has none. */
final class InsnText {
    private InsnText() {}

    /** Immutable, so a shared constant is not mutable state. */
    private static final Disassembler DISASSEMBLER =
            Disassembler.llvm().withExtensions(true);

    static String of(Program program, int pc) {
        if (program == null || pc < 0 || pc >= program.size()) return "end of program";
        String text = DISASSEMBLER.text(program, pc);
        if (!Disassembler.UNKNOWN.equals(text)) return text;
        try {
            // reserved fields set: the interpreter reads the instruction leniently, so show that
            return DISASSEMBLER.text(Decoder.decode(program, pc, Decoder.Mode.LENIENT), pc);
        } catch (DecodeException e) {
            Insn i = program.insn(pc);
            return String.format("opcode 0x%02x dst r%d src r%d off %d imm %d", i.opcode(), i.dst(), i.src(),
                    i.off(), i.imm());
        }
    }
}
