package io.github.ebpf4j.testkit;

import static io.github.ebpf4j.testkit.BpfAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.ebpf4j.testkit.packet.Ethernet;
import io.github.ebpf4j.testkit.packet.Ipv4;
import io.github.ebpf4j.testkit.packet.MacAddress;
import io.github.ebpf4j.testkit.packet.Packet;
import io.github.ebpf4j.testkit.packet.PacketBuilder;
import io.github.ebpf4j.testkit.packet.Tcp;
import io.github.ebpf4j.vm.prog.XdpAction;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * testdata/src/xdp_lb.c: flows to the VIP 10.0.0.1 are encapsulated (IPIP, outer 10.0.0.254 to
 * the backend) and sent back out with XDP_TX; expectations from the C source.
 */
class XdpLoadBalancerTest {
    static final byte[] FLOW = PacketBuilder.ethernet("02:00:00:00:00:01", "02:00:00:00:00:aa")
            .ipv4("192.0.2.10", "10.0.0.1").tcp(40000, 80).flags(Tcp.SYN).bytes();

    static TestObject lbWithBackends(long seed) {
        TestObject lb = BpfTestKit.builder().seed(seed).loadResource("xdp_lb.o");
        for (int i = 0; i < 4; i++) {
            // struct backend { __u32 addr; __u8 mac[6]; __u16 weight; }
            lb.map("backends").put(Bytes.u32(i), Bytes.concat(Bytes.ipv4("172.16.0." + (i + 1)),
                    Bytes.hex("0200000001" + String.format("%02x", i + 1)), Bytes.u16(1)));
        }
        return lb;
    }

    @Test
    void flowToTheVipIsEncapsulatedTowardsABackend() {
        TestObject lb = lbWithBackends(7);
        RunResult r = lb.program("xdp_lb").run(FLOW);
        assertThat(r).hasAction(XdpAction.XDP_TX).hasValidChecksums();
        Packet out = r.packet();
        List<Ipv4> ips = out.layers().stream().filter(Ipv4.class::isInstance).map(Ipv4.class::cast).toList();
        assertEquals(2, ips.size(), out.toString());
        Ipv4 outer = ips.get(0);
        assertEquals("10.0.0.254", outer.src().getHostAddress());
        assertEquals(Ipv4.IPIP, outer.protocol());
        assertEquals(64, outer.ttl());
        int backend = outer.dst().getAddress()[3];
        Ethernet eth = out.get(Ethernet.class);
        assertEquals(MacAddress.of("02:00:00:00:01:0" + backend), eth.dst(), out.toString());
        assertEquals(MacAddress.of("02:00:00:00:00:aa"), eth.src()); // the old destination
        // the inner datagram is the original one, untouched
        assertEquals(Bytes.toHex(java.util.Arrays.copyOfRange(FLOW, 14, FLOW.length)),
                Bytes.toHex(java.util.Arrays.copyOfRange(r.packetBytes(), 34, r.packetBytes().length)));
        assertEquals(FLOW.length + 20, r.packetBytes().length);
    }

    @Test
    void aFlowStaysOnItsBackendAndTheSeedMakesThePickRepeatable() {
        TestObject lb = lbWithBackends(7);
        TestProgram p = lb.program("xdp_lb");
        var first = p.run(FLOW).packet().get(Ipv4.class).dst();
        for (int i = 0; i < 5; i++) assertEquals(first, p.run(FLOW).packet().get(Ipv4.class).dst());
        assertThat(lb.map("flows")).hasSize(1);
        assertThat(lb.map("lb_stats")).hasCounter(Bytes.u32(0), 6);
        assertEquals(first, lbWithBackends(7).program("xdp_lb").run(FLOW).packet().get(Ipv4.class).dst());
    }

    @Test
    void aMissingBackendDropsAndCounts() {
        TestObject lb = BpfTestKit.builder().loadResource("xdp_lb.o"); // no backends configured
        assertThat(lb.program("xdp_lb").run(FLOW)).hasAction(XdpAction.XDP_DROP);
        assertThat(lb.map("lb_stats")).hasCounter(Bytes.u32(1), 1);
    }

    @Test
    void otherTrafficPassesUntouched() {
        TestObject lb = lbWithBackends(1);
        byte[] notVip = PacketBuilder.ethernet().ipv4("192.0.2.10", "10.0.0.2").tcp(1, 80).bytes();
        byte[] icmp = PacketBuilder.ethernet().ipv4("192.0.2.10", "10.0.0.1").icmpEcho(1, 1).bytes();
        for (byte[] pkt : List.of(notVip, icmp)) {
            RunResult r = lb.program("xdp_lb").run(pkt);
            assertThat(r).hasAction(XdpAction.XDP_PASS).hasPacket(Packet.parse(pkt));
        }
    }
}
