package io.github.ebpf4j.vm.asm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.ebpf4j.vm.isa.Instruction;
import io.github.ebpf4j.vm.isa.InstructionArbitraries;
import io.github.ebpf4j.vm.isa.Program;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** assemble(disassemble(p)) == p, over random valid programs (every opcode, random fields). */
class RoundTripProperties {

    @Provide
    Arbitrary<List<Instruction>> programs() {
        return InstructionArbitraries.instruction().list().ofMinSize(1).ofMaxSize(40);
    }

    @Provide
    Arbitrary<List<Instruction>> llvmExpressiblePrograms() {
        return InstructionArbitraries.instruction().filter(RoundTripProperties::llvmExpressible)
                .list().ofMinSize(1).ofMaxSize(40);
    }

    /** With extensions, every valid program survives, in both dialects. */
    @Property(tries = 250, edgeCases = EdgeCasesMode.NONE)
    void assembleOfDisassembleIsIdentity(@ForAll("programs") List<Instruction> insns) {
        Program p = InstructionArbitraries.program(insns);
        for (Disassembler.Dialect dialect : Disassembler.Dialect.values()) {
            String listing = Disassembler.llvm().withDialect(dialect).withExtensions(true).listing(p);
            assertEquals(p, Assembler.assemble(listing), listing);
        }
    }

    /** llvm-objdump's exact text suffices for programs without the four encodings it loses. */
    @Property(tries = 200, edgeCases = EdgeCasesMode.NONE)
    void llvmTextRoundTripsWhenItCan(@ForAll("llvmExpressiblePrograms") List<Instruction> insns) {
        Program p = InstructionArbitraries.program(insns);
        for (Disassembler.Dialect dialect : Disassembler.Dialect.values()) {
            String listing = Disassembler.llvm().withDialect(dialect).listing(p);
            assertEquals(p, Assembler.assemble(listing), listing);
        }
    }

    private static boolean llvmExpressible(Instruction i) {
        if (i instanceof Instruction.Call c) return c.kind() == Instruction.CallKind.HELPER;
        if (i instanceof Instruction.LoadImm64 l) return l.pseudo() == 0 || l.nextImm() == 0;
        if (i instanceof Instruction.PacketLoad l) return !l.indirect() || l.imm() == 0;
        return true;
    }
}
