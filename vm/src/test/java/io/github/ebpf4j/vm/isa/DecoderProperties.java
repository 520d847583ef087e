package io.github.ebpf4j.vm.isa;

import static org.junit.jupiter.api.Assertions.assertEquals;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class DecoderProperties {
    @Provide
    Arbitrary<Instruction> instructions() {
        return InstructionArbitraries.instruction();
    }

    /** Encoding a valid typed instruction and decoding it strictly gives it back. */
    @Property(tries = 3000, edgeCases = EdgeCasesMode.NONE)
    void strictDecodeOfEncodeIsIdentity(@ForAll("instructions") Instruction insn) {
        Program p = Program.of(insn.encode());
        assertEquals(insn.width(), p.size());
        assertEquals(insn, Decoder.decode(p, 0, Decoder.Mode.STRICT));
        assertEquals(insn, Decoder.decode(p, 0, Decoder.Mode.LENIENT));
    }
}
