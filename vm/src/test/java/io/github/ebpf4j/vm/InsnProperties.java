package io.github.ebpf4j.vm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.ebpf4j.vm.isa.Insn;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

class InsnProperties {
    @Property(tries = 5000)
    void encodeDecodeRoundTripsEveryWord(@ForAll long word) {
        assertEquals(word, Insn.decode(word).encode());
    }
}
