package io.github.ebpf4j.testkit;

import static io.github.ebpf4j.testkit.BpfAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ebpf4j.testkit.packet.PacketBuilder;
import io.github.ebpf4j.vm.prog.XdpAction;
import org.junit.jupiter.api.Test;

/**
 * testdata/testkit/src/unchecked_packet.c reads the packet without a bounds check: the kernel
 * rejects it (testdata/testkit/obj/unchecked_packet.kernel.txt: insn 1, "R1 offset is outside of
 * the packet"). With verification turned off, as a course would, it runs, and where it reads past
 * the packet the run fails the test with the fault, the C line and the trace.
 */
class UnverifiedProgramTest {
    @Test
    void withVerificationOffItRunsOnLongEnoughPackets() {
        TestObject o = BpfTestKit.builder().verify(false).loadResource("unchecked_packet.o");
        TestProgram p = o.program("unchecked_packet");
        assertThat(p.run(PacketBuilder.ethernet().ipv4("10.0.0.1", "10.0.0.2").udp(1, 2).bytes())).hasAction(XdpAction.XDP_DROP);
        assertThat(p.run(PacketBuilder.ethernet().ipv4("10.0.0.1", "10.0.0.2").tcp(1, 2).bytes())).hasAction(XdpAction.XDP_PASS);
    }

    @Test
    void aReadPastTheEndFailsTheTestWithTheSourceLine() {
        TestProgram p = BpfTestKit.builder().verify(false).loadResource("unchecked_packet.o").program("unchecked_packet");
        byte[] ethernetOnly = PacketBuilder.ethernet().payload(new byte[4]).bytes(); // 18 bytes: offset 23 is past the end
        AssertionError e = assertThrows(AssertionError.class, () -> p.run(ethernetOnly));
        String m = e.getMessage();
        assertTrue(m.startsWith("program unchecked_packet faulted: "), m);
        assertTrue(m.contains("r1 = *(u8 *)(r1 + 0x17)"), m);
        assertTrue(m.contains("\nat ./src/unchecked_packet.c:17: if (ip->protocol == 17)"), m);
        assertTrue(m.contains("last 2 instructions:"), m);
    }
}
