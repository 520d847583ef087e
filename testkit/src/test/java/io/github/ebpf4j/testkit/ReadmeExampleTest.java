package io.github.ebpf4j.testkit;

import static io.github.ebpf4j.testkit.BpfAssertions.assertThat;

import io.github.ebpf4j.testkit.packet.PacketBuilder;
import io.github.ebpf4j.testkit.packet.Tcp;
import io.github.ebpf4j.vm.prog.XdpAction;
import org.junit.jupiter.api.Test;

/** The example of the README's section "Testing BPF programs from JUnit", verbatim. */
class ReadmeExampleTest {
    // README-BEGIN
    @Test
    void blockedPortIsDropped() {
        TestObject fw = BpfTestKit.builder().loadResource("xdp_firewall.o");
        fw.map("blocked_ports").put(Bytes.u16(443), Bytes.u64(1));

        RunResult r = fw.program("xdp_firewall").run(PacketBuilder.ethernet()
                .ipv4("192.0.2.1", "198.51.100.7").tcp(40000, 443).flags(Tcp.SYN).bytes());

        assertThat(r).hasAction(XdpAction.XDP_DROP);
        assertThat(fw.map("verdicts")).hasCounter(Bytes.u32(2), 1); // SLOT_DROP_PORT
    }
    // README-END
}
