package io.github.ebpf4j.elf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * testdata/obj/xdp_firewall.bpfeb.o is the same C file compiled with {@code -target bpfeb}
 * (testdata/build.sh): every byte-order dependent field differs, the meaning does not. Read
 * big-endian, it must give the little-endian object's programs, maps and BTF (clang's code
 * differs slightly by byte order, so instructions are checked against llvm-objdump of the
 * big-endian object itself in {@link ProgramFactsTest} and {@link ElfLayerTest}).
 */
class BigEndianTest {

    @Test
    void bigEndianObjectReadsLikeTheLittleEndianOne() throws Exception {
        BpfObject le = BpfObject.load(ToolFacts.objDir().resolve("xdp_firewall.o"));
        BpfObject be = BpfObject.load(ToolFacts.objDir().resolve("xdp_firewall.bpfeb.o"));
        assertTrue(be.elf().bigEndian());
        assertEquals(le.programs().size(), be.programs().size());
        for (int i = 0; i < le.programs().size(); i++) {
            BpfProgram a = le.programs().get(i), b = be.programs().get(i);
            assertEquals(a.name(), b.name());
            assertEquals(a.section(), b.section());
            assertEquals(a.functions().stream().map(BpfProgram.Function::name).toList(),
                    b.functions().stream().map(BpfProgram.Function::name).toList(), a.name());
        }
        assertEquals(le.maps().stream().map(m -> m.spec().toString()).toList(),
                be.maps().stream().map(m -> m.spec().toString()).toList());
        assertEquals(le.btf().orElseThrow().types(), be.btf().orElseThrow().types());
        assertEquals(le.license(), be.license());
    }
}
