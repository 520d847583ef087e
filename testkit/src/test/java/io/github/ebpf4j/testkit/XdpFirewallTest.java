package io.github.ebpf4j.testkit;

import static io.github.ebpf4j.testkit.BpfAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ebpf4j.testkit.packet.PacketBuilder;
import io.github.ebpf4j.testkit.packet.Tcp;
import io.github.ebpf4j.vm.Errno;
import io.github.ebpf4j.vm.helpers.HelperId;
import io.github.ebpf4j.vm.prog.XdpAction;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * testdata/src/xdp_firewall.c tested the way a user would: blocked prefixes (LPM trie), blocked
 * ports (hash), per-CPU verdict counters. Expected actions follow from the C source; the kernel
 * accepts both programs (testdata/obj/xdp_firewall.kernel.txt).
 */
class XdpFirewallTest {
    static final int SLOT_PASS = 0;
    static final int SLOT_DROP_PREFIX = 1;
    static final int SLOT_DROP_PORT = 2;

    TestObject fw;

    @BeforeEach
    void load() {
        fw = BpfTestKit.builder().cpus(4).cpu(2).load(Path.of(System.getProperty("ebpf4j.root", ".."), "testdata/obj/xdp_firewall.o"));
        // block 203.0.113.0/24: struct lpm_v4_key { __u32 prefixlen; __u32 addr; } (addr in network order)
        fw.map("blocked_prefixes").put(Bytes.concat(Bytes.u32(24), Bytes.ipv4("203.0.113.0")), Bytes.u32(1));
        fw.map("blocked_ports").put(Bytes.u16(22), Bytes.u64(1));
    }

    @Test
    void sourceInBlockedPrefixIsDropped() {
        RunResult r = fw.program("xdp_firewall").run(PacketBuilder.ethernet().ipv4("203.0.113.77", "10.0.0.1").udp(5353, 53).bytes());
        assertThat(r).hasAction(XdpAction.XDP_DROP);
        assertThat(fw.map("verdicts")).hasCounter(Bytes.u32(SLOT_DROP_PREFIX), 1).hasCounter(Bytes.u32(SLOT_PASS), 0);
    }

    @Test
    void neighbourPrefixPasses() {
        RunResult r = fw.program("xdp_firewall").run(PacketBuilder.ethernet().ipv4("203.0.114.1", "10.0.0.1").udp(5353, 53).bytes());
        assertThat(r).hasAction(XdpAction.XDP_PASS);
    }

    @Test
    void blockedTcpAndUdpPortsAreDropped() {
        TestProgram p = fw.program("xdp_firewall");
        assertThat(p.run(PacketBuilder.ethernet().ipv4("10.0.0.9", "10.0.0.1").tcp(40000, 22).flags(Tcp.SYN).bytes()))
                .hasAction(XdpAction.XDP_DROP);
        assertThat(p.run(PacketBuilder.ethernet().ipv4("10.0.0.9", "10.0.0.1").udp(40000, 22).bytes()))
                .hasAction(XdpAction.XDP_DROP);
        assertThat(p.run(PacketBuilder.ethernet().ipv4("10.0.0.9", "10.0.0.1").tcp(40000, 80).bytes()))
                .hasAction(XdpAction.XDP_PASS);
        assertThat(fw.map("verdicts")).hasCounter(Bytes.u32(SLOT_DROP_PORT), 2).hasCounter(Bytes.u32(SLOT_PASS), 1);
    }

    @Test
    void countersLandOnTheChosenCpu() {
        fw.program("xdp_firewall").run(PacketBuilder.ethernet().ipv4("10.0.0.9", "10.0.0.1").udp(1, 2).bytes());
        TestMap verdicts = fw.map("verdicts");
        for (int cpu = 0; cpu < 4; cpu++) {
            long v = Bytes.readU64(verdicts.getOnCpu(Bytes.u32(SLOT_PASS), cpu).orElseThrow(), 0);
            assertEquals(cpu == 2 ? 1 : 0, v, "CPU " + cpu);
        }
    }

    @Test
    void nonIpv4TrafficPasses() {
        TestProgram p = fw.program("xdp_firewall");
        assertThat(p.run(PacketBuilder.ethernet().arpRequest("02:00:00:00:00:01", "10.0.0.1", "10.0.0.2").bytes()))
                .hasAction(XdpAction.XDP_PASS);
        assertThat(p.run(PacketBuilder.ethernet().ipv6("2001:db8::1", "2001:db8::2").tcp(1, 22).bytes()))
                .hasAction(XdpAction.XDP_PASS);
        // the firewall does not look inside 802.1Q tags: a tagged packet to port 22 passes
        assertThat(p.run(PacketBuilder.ethernet().vlan(10).ipv4("10.0.0.9", "10.0.0.1").tcp(1, 22).bytes()))
                .hasAction(XdpAction.XDP_PASS);
    }

    @Test
    void truncatedIpv4HeaderIsDropped() {
        byte[] frame = PacketBuilder.ethernet().etherType(0x0800).payload(new byte[10]).bytes();
        assertThat(fw.program("xdp_firewall").run(frame)).hasAction(XdpAction.XDP_DROP);
    }

    @Test
    void packetIsNotRewritten() {
        byte[] in = PacketBuilder.ethernet().ipv4("10.0.0.9", "10.0.0.1").tcp(1, 80).payload("x").bytes();
        RunResult r = fw.program("xdp_firewall").run(in);
        assertThat(r).hasAction(XdpAction.XDP_PASS).hasPacket(r.inputPacket()).hasValidChecksums()
                .packet(p -> assertEquals(80, p.get(Tcp.class).dstPort()));
    }

    @Test
    void aLookupThatFailsIsSimulatedWithALambda() {
        fw.replaceHelper(HelperId.MAP_LOOKUP_ELEM, (r1, r2, r3, r4, r5, ctx) -> 0); // every lookup misses
        TestProgram p = fw.program("xdp_firewall");
        assertThat(p.run(PacketBuilder.ethernet().ipv4("203.0.113.77", "10.0.0.1").tcp(1, 22).bytes())).hasAction(XdpAction.XDP_PASS);
        assertThat(fw.map("verdicts")).hasCounter(Bytes.u32(SLOT_PASS), 0); // count() found no slot either
        fw.restoreHelper(HelperId.MAP_LOOKUP_ELEM);
        assertThat(p.run(PacketBuilder.ethernet().ipv4("203.0.113.77", "10.0.0.1").tcp(1, 22).bytes())).hasAction(XdpAction.XDP_DROP);
    }

    @Test
    void mapErrorsCarryTheKernelsErrno() {
        var e = assertThrows(io.github.ebpf4j.vm.maps.MapException.class, () -> fw.map("blocked_ports").put(Bytes.u32(22), Bytes.u64(1)));
        assertEquals(-Errno.EINVAL, e.errno(), e.getMessage());
    }

    @Test
    void secondProgramOfTheSectionRunsToo() {
        assertThat(fw.program("xdp_count_only").run(PacketBuilder.ethernet().ipv4("203.0.113.77", "10.0.0.1").tcp(1, 22).bytes()))
                .hasAction(XdpAction.XDP_PASS);
        assertThat(fw.map("verdicts")).hasCounter(Bytes.u32(SLOT_PASS), 1);
    }

    @Test
    void failureMessageShowsTheReturnStatementAndTheTrace() {
        RunResult r = fw.program("xdp_firewall").run(PacketBuilder.ethernet().ipv4("10.0.0.9", "10.0.0.1").tcp(40000, 22).bytes());
        AssertionError e = assertThrows(AssertionError.class, () -> assertThat(r).hasAction(XdpAction.XDP_PASS));
        String m = e.getMessage();
        assertTrue(m.startsWith("expected action XDP_PASS but was XDP_DROP (1)"), m);
        assertTrue(m.contains("exit taken: pc "), m);
        // the shared epilogue's "}" is not the answer; the return statement before it is (xdp_firewall.c line 103)
        assertTrue(m.contains("xdp_firewall.c:103: return XDP_DROP;"), m);
        assertTrue(m.contains("TCP 40000 > 22"), m);
        assertTrue(m.contains("last 16 instructions:"), m);
        assertTrue(m.lines().filter(l -> l.matches("\\s+\\d+: .*")).count() == 16, m);
        assertTrue(m.contains(": exit"), m);
    }

    @Test
    void unknownNamesListWhatExists() {
        var e = assertThrows(IllegalArgumentException.class, () -> fw.program("nope"));
        assertTrue(e.getMessage().contains("[xdp_firewall, xdp_count_only]"), e.getMessage());
        var m = assertThrows(IllegalArgumentException.class, () -> fw.map("nope"));
        assertTrue(m.getMessage().contains("blocked_prefixes"), m.getMessage());
    }
}
