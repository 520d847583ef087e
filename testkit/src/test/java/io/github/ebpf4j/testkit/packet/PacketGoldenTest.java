package io.github.ebpf4j.testkit.packet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The builder's bytes equal what an independent implementation produced: testdata/packets/packets.txt,
 * written by testdata/packets/gen_packets.py with Python's struct module and its own RFC 1071
 * checksum (the command is in that script's header). Each packet also parses back to itself.
 */
class PacketGoldenTest {
    static final byte[] OPTS = TcpOptions.of(TcpOptions.mss(1460), TcpOptions.sackPermitted(), TcpOptions.timestamps(1, 0),
            TcpOptions.nop(), TcpOptions.windowScale(7));

    static Map<String, PacketBuilder> builders() {
        Map<String, PacketBuilder> m = new LinkedHashMap<>();
        m.put("udp_no_checksum", PacketBuilder.ethernet().ipv4("192.0.2.1", "198.51.100.7").udp(1000, 53).checksum(Checksum.of(0)));
        m.put("udp_dns", PacketBuilder.ethernet().ipv4("192.0.2.1", "198.51.100.7").udp(1000, 53).payload("query"));
        m.put("tcp_syn_options", PacketBuilder.ethernet().ipv4("10.0.0.1", "10.0.0.2").id(0x1234).dontFragment()
                .tcp(40000, 443).flags(Tcp.SYN).seq(1000).window(64240).tcpOptions(OPTS));
        m.put("tcp_syn_bad_checksum", PacketBuilder.ethernet().ipv4("10.0.0.1", "10.0.0.2").id(0x1234).dontFragment()
                .tcp(40000, 443).flags(Tcp.SYN).seq(1000).window(64240).tcpOptions(OPTS).wrongChecksum());
        m.put("vlan_icmp_echo", PacketBuilder.ethernet().vlan(100, 3).ipv4("10.1.0.1", "10.1.0.2").ttl(255).icmpEcho(7, 1).payload("ping"));
        m.put("arp_request", PacketBuilder.ethernet().arpRequest("02:00:00:00:00:01", "10.0.0.1", "10.0.0.2"));
        m.put("ipv4_options_first_fragment", PacketBuilder.ethernet().ipv4("172.16.0.1", "172.16.0.2").id(42).fragment(0, true)
                .ipOptions(new byte[] {(byte) 0x94, 4, 0, 0}).udp(5000, 6000).payload("0123456789abcdef"));
        m.put("ipv4_second_fragment", PacketBuilder.ethernet().ipv4("172.16.0.1", "172.16.0.2").id(42).fragment(24, false)
                .protocol(Ipv4.UDP).payload("tail of the datagram"));
        m.put("ipv6_tcp", PacketBuilder.ethernet().ipv6("2001:db8::1", "2001:db8::2").flowLabel(0x12345)
                .tcp(50000, 80).flags(Tcp.PSH | Tcp.ACK).seq(1).ack(1).window(512).payload("hello"));
        m.put("ipv6_extensions_udp", PacketBuilder.ethernet().ipv6("fe80::1", "ff02::1").ttl(1)
                .ipv6Extension(Ipv6Extension.HOP_BY_HOP, new byte[] {1, 4, 0, 0, 0, 0})
                .ipv6Extension(Ipv6Extension.DESTINATION_OPTIONS, new byte[] {1, 4, 0, 0, 0, 0})
                .udp(1234, 4321).payload("ext"));
        m.put("ipv6_fragment_icmpv6", PacketBuilder.ethernet().ipv6("2001:db8::a", "2001:db8::b").ipv6Fragment(0, true, 0xdeadbeefL)
                .icmpv6Echo(9, 2).payload("abcdefgh"));
        m.put("icmpv6_echo", PacketBuilder.ethernet().ipv6("2001:db8::1", "2001:db8::2").icmpv6Echo(1, 1));
        m.put("router_echo_request", PacketBuilder.ethernet().ipv4("10.0.0.5", "192.168.0.1").icmpEcho(7, 1).payload("ping"));
        m.put("router_vxlan", PacketBuilder.ethernet().ipv4("10.0.0.5", "10.9.9.9").udp(50000, 4789).payload("vxlan"));
        m.put("router_routed", PacketBuilder.ethernet().ipv4("10.0.0.5", "10.2.0.7").udp(1000, 2000).payload("data"));
        return m;
    }

    static Map<String, byte[]> golden() throws IOException {
        Path f = Path.of(System.getProperty("ebpf4j.root", "..")).resolve("testdata/packets/packets.txt");
        Map<String, byte[]> m = new LinkedHashMap<>();
        for (String line : Files.readAllLines(f, StandardCharsets.US_ASCII)) {
            String[] p = line.trim().split(" ");
            if (p.length == 2) m.put(p[0], HexFormat.of().parseHex(p[1]));
        }
        return m;
    }

    @Test
    void everyGoldenPacketHasABuilder() throws IOException {
        assertEquals(golden().keySet(), builders().keySet());
    }

    @TestFactory
    Stream<DynamicTest> builderBytesEqualPythonStruct() throws IOException {
        Map<String, byte[]> golden = golden();
        return builders().entrySet().stream().map(e -> DynamicTest.dynamicTest(e.getKey(), () -> {
            Packet p = e.getValue().build();
            assertEquals(HexFormat.of().formatHex(golden.get(e.getKey())), HexFormat.of().formatHex(p.bytes()), p.toString());
        }));
    }

    @TestFactory
    Stream<DynamicTest> goldenBytesParseBackToThemselves() throws IOException {
        return golden().entrySet().stream().map(e -> DynamicTest.dynamicTest(e.getKey(), () -> {
            Packet p = Packet.parse(e.getValue());
            assertEquals(HexFormat.of().formatHex(e.getValue()), HexFormat.of().formatHex(p.bytes()), p.toString());
            List<String> errors = p.checksumErrors();
            if (e.getKey().contains("bad_checksum")) {
                assertEquals(List.of(String.format("TCP checksum 0x%04x, should be 0x%04x",
                        p.get(Tcp.class).checksum().value(), (p.get(Tcp.class).checksum().value() - 1) & 0xffff)), errors);
                assertTrue(p.toString().contains("!! TCP checksum"), p.toString());
            } else {
                assertEquals(List.of(), errors, p.toString());
            }
        }));
    }
}
