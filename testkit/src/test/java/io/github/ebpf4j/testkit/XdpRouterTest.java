package io.github.ebpf4j.testkit;

import static io.github.ebpf4j.testkit.BpfAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.ebpf4j.testkit.packet.Icmp;
import io.github.ebpf4j.testkit.packet.Ipv4;
import io.github.ebpf4j.testkit.packet.Packet;
import io.github.ebpf4j.testkit.packet.PacketBuilder;
import io.github.ebpf4j.vm.pcap.CapturedPacket;
import io.github.ebpf4j.vm.pcap.Captures;
import io.github.ebpf4j.vm.prog.XdpAction;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * testdata/src/xdp_router.c: redirects (bpf_redirect, bpf_redirect_map over a devmap), XDP_TX
 * echo replies, TTL and checksum rewriting; the kernel's results for the same inputs are in
 * testdata/obj/xdp_router.run.txt.
 */
class XdpRouterTest {
    static final Path ROOT = Path.of(System.getProperty("ebpf4j.root", ".."));
    TestObject router;

    @BeforeEach
    void load() {
        router = BpfTestKit.builder().loadResource("xdp_router.o");
    }

    void route(String addr, int port, int ifindex) {
        router.map("routes").put(Bytes.concat(Bytes.u32(32), Bytes.ipv4(addr)), Bytes.u32(port));
        router.map("tx_ports").put(Bytes.u32(port), Bytes.u32(ifindex));
    }

    /** Each case of xdp_router.run.txt: same return value, same output packet. */
    @TestFactory
    Stream<DynamicTest> kernelRuns() throws IOException {
        List<String> lines = Files.readAllLines(ROOT.resolve("testdata/obj/xdp_router.run.txt"));
        List<DynamicTest> tests = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).startsWith("## ")) continue;
            String name = lines.get(i).substring(3);
            String cmd = lines.get(i + 1);
            String retval = lines.get(i + 3);
            String dataOut = lines.get(i + 4);
            tests.add(DynamicTest.dynamicTest(name, () -> {
                TestObject o = BpfTestKit.builder().loadResource("xdp_router.o");
                String[] args = cmd.split(" ");
                byte[] data = null;
                for (int a = 0; a < args.length - 1; a++) {
                    if (args[a].equals("--data-hex")) data = Bytes.hex(args[a + 1]);
                    if (args[a].equals("--set")) {
                        String[] s = args[a + 1].split(":");
                        o.map(s[0]).put(Bytes.hex(s[1]), Bytes.hex(s[2]));
                    }
                }
                RunResult r = o.program("xdp_router").run(data);
                assertThat(r).returned(Long.parseLong(retval.substring("retval ".length())));
                assertThat(r).hasPacket(Packet.parse(Bytes.hex(dataOut.substring("data_out ".length()))));
            }));
        }
        assertEquals(4, tests.size());
        return tests.stream();
    }

    @Test
    void vxlanGoesToTheTunnelWithTheTtlDecremented() {
        RunResult r = router.program("xdp_router").run(PacketBuilder.ethernet().ipv4("10.0.0.5", "10.9.9.9").ttl(9).udp(1, 4789).bytes());
        assertThat(r).hasAction(XdpAction.XDP_REDIRECT).redirectedTo(7).hasValidChecksums()
                .packet(p -> assertEquals(8, p.get(Ipv4.class).ttl()));
    }

    @Test
    void routedThroughTheDevmap() {
        route("10.2.0.7", 3, 12);
        RunResult r = router.program("xdp_router").run(PacketBuilder.ethernet().ipv4("10.0.0.5", "10.2.0.7").udp(1, 2).bytes());
        assertThat(r).hasAction(XdpAction.XDP_REDIRECT).redirectedTo(12).hasValidChecksums();
        assertEquals("tx_ports", r.redirect().orElseThrow().map());
        assertEquals(3, r.redirect().orElseThrow().key());
    }

    @Test
    void anEmptyDevmapSlotFallsBackToThePassAction() {
        router.map("routes").put(Bytes.concat(Bytes.u32(32), Bytes.ipv4("10.2.0.7")), Bytes.u32(5)); // tx_ports[5] empty
        assertThat(router.program("xdp_router").run(PacketBuilder.ethernet().ipv4("10.0.0.5", "10.2.0.7").udp(1, 2).bytes()))
                .hasAction(XdpAction.XDP_PASS);
    }

    @Test
    void expiringTtlGoesToTheStack() {
        route("10.2.0.7", 3, 12);
        byte[] in = PacketBuilder.ethernet().ipv4("10.0.0.5", "10.2.0.7").ttl(1).udp(1, 2).bytes();
        assertThat(router.program("xdp_router").run(in)).hasAction(XdpAction.XDP_PASS).hasPacket(Packet.parse(in));
    }

    @Test
    void echoRequestIsAnsweredInPlace() {
        RunResult r = router.program("xdp_router").run(PacketBuilder.ethernet("02:00:00:00:00:05", "02:00:00:00:00:01")
                .ipv4("10.0.0.5", "192.168.0.1").icmpEcho(77, 3).payload("hello").bytes());
        assertThat(r).hasAction(XdpAction.XDP_TX).hasValidChecksums()
                .hasPacket(PacketBuilder.ethernet("02:00:00:00:00:01", "02:00:00:00:00:05")
                        .ipv4("192.168.0.1", "10.0.0.5").add(new Icmp(Icmp.ECHO_REPLY, 0, 77L << 16 | 3, null)).payload("hello").build());
    }

    /** A capture replayed; what was transmitted and what was redirected written to their own files. */
    @Test
    void replayWritesTransmittedAndRedirectedPackets(@TempDir Path dir) throws IOException {
        route("10.2.0.7", 3, 12);
        List<byte[]> in = List.of(
                PacketBuilder.ethernet().ipv4("10.0.0.5", "192.168.0.1").icmpEcho(1, 1).bytes(),   // TX
                PacketBuilder.ethernet().ipv4("10.0.0.5", "10.2.0.7").udp(1, 2).bytes(),           // devmap
                PacketBuilder.ethernet().ipv4("10.0.0.5", "10.9.9.9").udp(1, 4789).bytes(),        // tunnel
                PacketBuilder.ethernet().ipv4("10.0.0.5", "10.3.0.1").udp(1, 2).bytes());          // no route
        List<CapturedPacket> capture = new ArrayList<>();
        for (int i = 0; i < in.size(); i++) capture.add(CapturedPacket.of(1_000_000_000L * (i + 1), in.get(i)));
        Path pcap = dir.resolve("in.pcap");
        Captures.writePcap(pcap, capture);

        Replay replay = router.program("xdp_router").replay(pcap);
        assertEquals(Map.of(Verdict.PASSED, 1, Verdict.TRANSMITTED, 1, Verdict.REDIRECTED, 2, Verdict.DROPPED, 0), replay.summary());
        replay.write(dir.resolve("tx.pcapng"), Verdict.TRANSMITTED);
        replay.write(dir.resolve("redirected.pcap"), Verdict.REDIRECTED);
        List<CapturedPacket> tx = Captures.read(dir.resolve("tx.pcapng"));
        List<CapturedPacket> redirected = Captures.read(dir.resolve("redirected.pcap"));
        assertEquals(1, tx.size());
        assertEquals(Icmp.ECHO_REPLY, Packet.parse(tx.get(0).data()).get(Icmp.class).type());
        assertEquals(List.of(2_000_000_000L, 3_000_000_000L), redirected.stream().map(CapturedPacket::timestampNs).toList());
        assertEquals(63, Packet.parse(redirected.get(0).data()).get(Ipv4.class).ttl());
    }
}
