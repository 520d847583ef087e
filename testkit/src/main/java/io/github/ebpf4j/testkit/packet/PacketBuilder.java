package io.github.ebpf4j.testkit.packet;

import java.net.Inet4Address;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Builds a packet layer by layer, outermost first. Each layer method appends a header with
 * common defaults; the modifiers after it ({@link #ttl}, {@link #flags}, {@link #wrongChecksum}...)
 * change the last header they apply to. Lengths, protocol numbers and checksums are derived at
 * {@link #build()} time unless given.
 *
 * <pre>{@code
 * byte[] syn = PacketBuilder.ethernet()
 *         .ipv4("10.0.0.1", "10.0.0.2")
 *         .tcp(40000, 80).flags(Tcp.SYN).tcpOptions(TcpOptions.mss(1460))
 *         .bytes();
 * }</pre>
 */
public final class PacketBuilder {
    /** Source MAC address of {@link #ethernet()}: a locally administered address. */
    public static final MacAddress DEFAULT_SRC = MacAddress.of("02:00:00:00:00:01");
    /** Destination MAC address of {@link #ethernet()}. */
    public static final MacAddress DEFAULT_DST = MacAddress.of("02:00:00:00:00:02");

    private final List<Layer> layers = new ArrayList<>();

    private PacketBuilder() {}

    /** @return a builder starting with an Ethernet header 02:00:00:00:00:01 &gt; 02:00:00:00:00:02 */
    public static PacketBuilder ethernet() {
        return ethernet(DEFAULT_SRC.toString(), DEFAULT_DST.toString());
    }

    /** @param src source MAC @param dst destination MAC @return a builder starting with that header */
    public static PacketBuilder ethernet(String src, String dst) {
        PacketBuilder b = new PacketBuilder();
        b.layers.add(new Ethernet(MacAddress.of(dst), MacAddress.of(src), -1));
        return b;
    }

    /** @param etherType the Ethernet header's (or last VLAN tag's) EtherType @return this */
    public PacketBuilder etherType(int etherType) {
        return modify(Layer.class, l -> {
            if (l instanceof Vlan v) return new Vlan(v.pcp(), v.dei(), v.vid(), etherType);
            if (l instanceof Ethernet e) return new Ethernet(e.dst(), e.src(), etherType);
            return null;
        }, "an Ethernet header or VLAN tag");
    }

    /** @param vid VLAN id @return this with an 802.1Q tag */
    public PacketBuilder vlan(int vid) { return vlan(vid, 0); }

    /** @param vid VLAN id @param pcp priority @return this with an 802.1Q tag */
    public PacketBuilder vlan(int vid, int pcp) { return add(new Vlan(pcp, false, vid, -1)); }

    /**
     * @param senderMac sender MAC @param senderIp sender IPv4 @param targetIp the address asked for
     * @return this with an ARP request
     */
    public PacketBuilder arpRequest(String senderMac, String senderIp, String targetIp) {
        return add(new Arp(Arp.REQUEST, MacAddress.of(senderMac), Ip.v4(senderIp), MacAddress.ZERO, Ip.v4(targetIp)));
    }

    /**
     * @param senderMac the answer @param senderIp its address @param targetMac asker @param targetIp asker's address
     * @return this with an ARP reply
     */
    public PacketBuilder arpReply(String senderMac, String senderIp, String targetMac, String targetIp) {
        return add(new Arp(Arp.REPLY, MacAddress.of(senderMac), Ip.v4(senderIp), MacAddress.of(targetMac), Ip.v4(targetIp)));
    }

    /** @param src source @param dst destination @return this with an IPv4 header: ttl 64, id 0 */
    public PacketBuilder ipv4(String src, String dst) {
        return add(new Ipv4(0, 0, false, false, 0, 64, -1, Ip.v4(src), Ip.v4(dst), new byte[0], Checksum.AUTO));
    }

    /** @param src source @param dst destination @return this with an IPv4 header */
    public PacketBuilder ipv4(Inet4Address src, Inet4Address dst) {
        return add(new Ipv4(0, 0, false, false, 0, 64, -1, src, dst, new byte[0], Checksum.AUTO));
    }

    /** @param src source @param dst destination @return this with an IPv6 header: hop limit 64 */
    public PacketBuilder ipv6(String src, String dst) {
        return add(new Ipv6(0, 0, -1, 64, Ip.v6(src), Ip.v6(dst)));
    }

    /** @param ttl IPv4 TTL or IPv6 hop limit of the last IP header @return this */
    public PacketBuilder ttl(int ttl) {
        return modify(Layer.class, l -> {
            if (l instanceof Ipv4 x) {
                return new Ipv4(x.tos(), x.identification(), x.dontFragment(), x.moreFragments(), x.fragmentOffset(), ttl,
                        x.protocol(), x.src(), x.dst(), x.options(), x.checksum());
            }
            if (l instanceof Ipv6 x) return new Ipv6(x.trafficClass(), x.flowLabel(), x.nextHeader(), ttl, x.src(), x.dst());
            return null;
        }, "an IP header");
    }

    /** @param tos type of service of the last IPv4 header @return this */
    public PacketBuilder tos(int tos) {
        return ipv4(x -> new Ipv4(tos, x.identification(), x.dontFragment(), x.moreFragments(), x.fragmentOffset(), x.ttl(),
                x.protocol(), x.src(), x.dst(), x.options(), x.checksum()));
    }

    /** @param id identification of the last IPv4 header @return this */
    public PacketBuilder id(int id) {
        return ipv4(x -> new Ipv4(x.tos(), id, x.dontFragment(), x.moreFragments(), x.fragmentOffset(), x.ttl(),
                x.protocol(), x.src(), x.dst(), x.options(), x.checksum()));
    }

    /** @return this with DF set on the last IPv4 header */
    public PacketBuilder dontFragment() {
        return ipv4(x -> new Ipv4(x.tos(), x.identification(), true, x.moreFragments(), x.fragmentOffset(), x.ttl(),
                x.protocol(), x.src(), x.dst(), x.options(), x.checksum()));
    }

    /**
     * @param offset fragment offset in bytes (multiple of 8) @param more the MF flag
     * @return this with the last IPv4 header made a fragment
     */
    public PacketBuilder fragment(int offset, boolean more) {
        return ipv4(x -> new Ipv4(x.tos(), x.identification(), x.dontFragment(), more, offset, x.ttl(),
                x.protocol(), x.src(), x.dst(), x.options(), x.checksum()));
    }

    /** @param options IPv4 option bytes (padded with end-of-options to a multiple of 4) @return this */
    public PacketBuilder ipOptions(byte[] options) {
        byte[] padded = java.util.Arrays.copyOf(options, (options.length + 3) / 4 * 4);
        return ipv4(x -> new Ipv4(x.tos(), x.identification(), x.dontFragment(), x.moreFragments(), x.fragmentOffset(),
                x.ttl(), x.protocol(), x.src(), x.dst(), padded, x.checksum()));
    }

    /** @param protocol protocol number (IPv4) or next header (IPv6) of the last IP header @return this */
    public PacketBuilder protocol(int protocol) {
        return modify(Layer.class, l -> {
            if (l instanceof Ipv4 x) {
                return new Ipv4(x.tos(), x.identification(), x.dontFragment(), x.moreFragments(), x.fragmentOffset(),
                        x.ttl(), protocol, x.src(), x.dst(), x.options(), x.checksum());
            }
            if (l instanceof Ipv6 x) return new Ipv6(x.trafficClass(), x.flowLabel(), protocol, x.hopLimit(), x.src(), x.dst());
            return null;
        }, "an IP header");
    }

    /** @param label flow label of the last IPv6 header @return this */
    public PacketBuilder flowLabel(int label) {
        return modify(Ipv6.class, x -> new Ipv6(x.trafficClass(), label, x.nextHeader(), x.hopLimit(), x.src(), x.dst()), "an IPv6 header");
    }

    /** @param type extension type (0, 43, 60) @param data bytes after next header and length @return this */
    public PacketBuilder ipv6Extension(int type, byte[] data) { return add(new Ipv6Extension(type, -1, data)); }

    /** @param offset bytes (multiple of 8) @param more M flag @param id identification @return this with an IPv6 fragment header */
    public PacketBuilder ipv6Fragment(int offset, boolean more, long id) {
        return add(Ipv6Extension.fragment(-1, offset, more, id));
    }

    /** @param srcPort source port @param dstPort destination port @return this with a TCP header: ACK, window 65535 */
    public PacketBuilder tcp(int srcPort, int dstPort) {
        return add(new Tcp(srcPort, dstPort, 0, 0, Tcp.ACK, 65535, 0, new byte[0], Checksum.AUTO));
    }

    /** @param flags control bits of the last TCP header ({@code Tcp.SYN | Tcp.ACK}) @return this */
    public PacketBuilder flags(int flags) {
        return tcp(t -> new Tcp(t.srcPort(), t.dstPort(), t.seq(), t.ack(), flags, t.window(), t.urgentPointer(), t.options(), t.checksum()));
    }

    /** @param seq sequence number @return this */
    public PacketBuilder seq(long seq) {
        return tcp(t -> new Tcp(t.srcPort(), t.dstPort(), seq, t.ack(), t.flags(), t.window(), t.urgentPointer(), t.options(), t.checksum()));
    }

    /** @param ack acknowledgment number @return this */
    public PacketBuilder ack(long ack) {
        return tcp(t -> new Tcp(t.srcPort(), t.dstPort(), t.seq(), ack, t.flags(), t.window(), t.urgentPointer(), t.options(), t.checksum()));
    }

    /** @param window window @return this */
    public PacketBuilder window(int window) {
        return tcp(t -> new Tcp(t.srcPort(), t.dstPort(), t.seq(), t.ack(), t.flags(), window, t.urgentPointer(), t.options(), t.checksum()));
    }

    /** @param options TCP options from {@link TcpOptions}, padded to a multiple of 4 @return this */
    public PacketBuilder tcpOptions(byte[]... options) {
        byte[] o = TcpOptions.of(options);
        return tcp(t -> new Tcp(t.srcPort(), t.dstPort(), t.seq(), t.ack(), t.flags(), t.window(), t.urgentPointer(), o, t.checksum()));
    }

    /** @param srcPort source port @param dstPort destination port @return this with a UDP header */
    public PacketBuilder udp(int srcPort, int dstPort) { return add(new Udp(srcPort, dstPort, Checksum.AUTO)); }

    /** @param id identifier @param seq sequence @return this with an ICMP echo request */
    public PacketBuilder icmpEcho(int id, int seq) { return add(Icmp.echoRequest(id, seq)); }

    /** @param type type @param code code @param rest the 4 bytes after the checksum @return this with an ICMP header */
    public PacketBuilder icmp(int type, int code, long rest) { return add(new Icmp(type, code, rest, Checksum.AUTO)); }

    /** @param id identifier @param seq sequence @return this with an ICMPv6 echo request */
    public PacketBuilder icmpv6Echo(int id, int seq) { return add(Icmpv6.echoRequest(id, seq)); }

    /** @param type type @param code code @param rest the 4 bytes after the checksum @return this with an ICMPv6 header */
    public PacketBuilder icmpv6(int type, int code, long rest) { return add(new Icmpv6(type, code, rest, Checksum.AUTO)); }

    /** @param bytes payload @return this */
    public PacketBuilder payload(byte[] bytes) { return add(new Payload(bytes)); }

    /** @param text payload as US-ASCII @return this */
    public PacketBuilder payload(String text) { return payload(text.getBytes(StandardCharsets.US_ASCII)); }

    /** @return this with the last checksum-carrying header's checksum deliberately wrong */
    public PacketBuilder wrongChecksum() { return checksum(Checksum.WRONG); }

    /** @param c what to put in the last checksum-carrying header's checksum @return this */
    public PacketBuilder checksum(Checksum c) {
        return modify(Layer.class, l -> {
            if (l instanceof Ipv4 x) return x.withChecksum(c);
            if (l instanceof Tcp x) return x.withChecksum(c);
            if (l instanceof Udp x) return x.withChecksum(c);
            if (l instanceof Icmp x) return x.withChecksum(c);
            if (l instanceof Icmpv6 x) return x.withChecksum(c);
            return null;
        }, "a header with a checksum");
    }

    /**
     * @param minLength minimum frame length (60 is Ethernet's minimum without the FCS)
     * @return this with a zero trailer if the frame is shorter
     */
    public PacketBuilder padTo(int minLength) {
        int len = build().bytes().length;
        return len >= minLength ? this : add(new Trailer(new byte[minLength - len]));
    }

    /** @param layer any layer @return this with it appended */
    public PacketBuilder add(Layer layer) {
        if (!layers.isEmpty() && layers.get(layers.size() - 1) instanceof Trailer) {
            throw new IllegalStateException("nothing can follow the trailer added by padTo");
        }
        layers.add(layer);
        return this;
    }

    /** @return the packet */
    public Packet build() { return new Packet(layers); }

    /** @return the packet's wire bytes */
    public byte[] bytes() { return build().bytes(); }

    private PacketBuilder ipv4(UnaryOperator<Ipv4> f) { return modify(Ipv4.class, f::apply, "an IPv4 header"); }

    private PacketBuilder tcp(UnaryOperator<Tcp> f) { return modify(Tcp.class, f::apply, "a TCP header"); }

    /** Replaces the last layer of the type for which f gives non-null. */
    private <T extends Layer> PacketBuilder modify(Class<T> type, java.util.function.Function<T, Layer> f, String what) {
        for (int i = layers.size() - 1; i >= 0; i--) {
            Layer l = layers.get(i);
            if (type.isInstance(l)) {
                Layer r = f.apply(type.cast(l));
                if (r != null) {
                    layers.set(i, r);
                    return this;
                }
            }
        }
        throw new IllegalStateException("no " + what + " to change yet: add one first");
    }
}
