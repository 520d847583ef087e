package io.github.ebpf4j.testkit.packet;

import java.util.Arrays;
import java.util.HexFormat;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

/** Contracts of the parser and the builder. */
class PacketProperties {
    /** The parser never throws, whatever the bytes; its layers give back exactly the bytes it read. */
    @Property(tries = 500)
    void parseAcceptsAnyBytes(@ForAll @Size(max = 200) byte[] bytes) {
        Packet p = Packet.parse(bytes);
        p.toString();
        byte[] again = Packet.parse(p.bytes()).bytes();
        if (!Arrays.equals(Packet.parse(again).bytes(), again)) throw new AssertionError(p.toString());
    }

    /** What the builder makes parses back to the same bytes with every checksum right. */
    @Property(tries = 300)
    void builtPacketsRoundTrip(@ForAll("packets") PacketBuilder b) {
        byte[] wire = b.bytes();
        Packet p = Packet.parse(wire);
        if (!Arrays.equals(wire, p.bytes())) throw new AssertionError(HexFormat.of().formatHex(wire) + "\n" + p);
        if (!p.checksumErrors().isEmpty()) throw new AssertionError(p.checksumErrors() + "\n" + p);
    }

    /** A wrong checksum is always reported, and only that one. */
    @Property(tries = 300)
    void wrongChecksumsAreReported(@ForAll("packets") PacketBuilder b) {
        Packet p = Packet.parse(b.wrongChecksum().bytes());
        if (p.checksumErrors().size() != 1) throw new AssertionError(p.checksumErrors() + "\n" + p);
    }

    @Provide
    Arbitrary<PacketBuilder> packets() {
        Arbitrary<Integer> port = Arbitraries.integers().between(0, 65535);
        Arbitrary<String> v4 = Arbitraries.integers().between(0, 255).list().ofSize(4)
                .map(l -> l.get(0) + "." + l.get(1) + "." + l.get(2) + "." + l.get(3));
        Arbitrary<byte[]> payload = Arbitraries.bytes().array(byte[].class).ofMaxSize(64);
        Arbitrary<Integer> kind = Arbitraries.integers().between(0, 5);
        return Combinators.combine(kind, v4, v4, port, port, payload, Arbitraries.integers().between(0, 255))
                .as((k, s, d, sp, dp, pl, ttl) -> {
                    PacketBuilder b = PacketBuilder.ethernet();
                    if (ttl % 3 == 0) b.vlan(ttl);
                    switch (k) {
                        case 0 -> b.ipv4(s, d).ttl(ttl).tcp(sp, dp).flags(ttl).tcpOptions(TcpOptions.mss(dp));
                        case 1 -> b.ipv4(s, d).udp(sp, dp);
                        case 2 -> b.ipv4(s, d).icmp(ttl, 0, sp);
                        case 3 -> b.ipv6("2001:db8::" + Integer.toHexString(sp), "fe80::1").tcp(sp, dp);
                        case 4 -> b.ipv6("::1", "::2").ipv6Extension(Ipv6Extension.DESTINATION_OPTIONS, new byte[6]).udp(sp, dp);
                        default -> b.ipv6("::1", "::2").icmpv6(ttl, 0, dp);
                    }
                    return b.payload(pl);
                });
    }
}
