package io.github.ebpf4j.testkit.packet;

import java.io.ByteArrayOutputStream;
import java.util.List;

/** Encodes layers into wire bytes, innermost first, so that lengths and checksums are known. */
final class PacketEncoder {
    private final List<Layer> layers;

    PacketEncoder(List<Layer> layers) {
        this.layers = layers;
        for (int i = 0; i + 1 < layers.size(); i++) {
            if (layers.get(i) instanceof Trailer) throw new IllegalArgumentException("a trailer must be the last layer (layer " + i + ")");
        }
    }

    byte[] encode() {
        int n = layers.size();
        boolean trailer = n > 0 && layers.get(n - 1) instanceof Trailer;
        byte[] body = encodeFrom(0, trailer ? n - 1 : n);
        if (!trailer) return body;
        byte[] t = ((Trailer) layers.get(n - 1)).bytes();
        byte[] out = new byte[body.length + t.length];
        System.arraycopy(body, 0, out, 0, body.length);
        System.arraycopy(t, 0, out, body.length, t.length);
        return out;
    }

    private byte[] encodeFrom(int i, int end) {
        if (i >= end) return new byte[0];
        byte[] inner = encodeFrom(i + 1, end);
        Layer next = i + 1 < end ? layers.get(i + 1) : null;
        Out o = new Out();
        Layer l = layers.get(i);
        if (l instanceof Ethernet e) {
            o.bytes(e.dst().bytes()).bytes(e.src().bytes());
            o.u16(e.etherType() >= 0 ? e.etherType() : etherTypeOf(next, i));
        } else if (l instanceof Vlan v) {
            o.u16(v.tci()).u16(v.etherType() >= 0 ? v.etherType() : etherTypeOf(next, i));
        } else if (l instanceof Arp a) {
            o.u16(1).u16(Ethernet.IPV4).u8(6).u8(4).u16(a.operation())
                    .bytes(a.senderMac().bytes()).bytes(a.senderIp().getAddress())
                    .bytes(a.targetMac().bytes()).bytes(a.targetIp().getAddress());
        } else if (l instanceof Ipv4 ip) {
            byte[] opts = ip.options();
            int hl = 20 + opts.length;
            int total = hl + inner.length;
            if (total > 0xffff) throw new IllegalArgumentException("layer " + i + ": IPv4 datagram of " + total + " bytes");
            o.u8(0x40 | hl / 4).u8(ip.tos()).u16(total).u16(ip.identification())
                    .u16((ip.dontFragment() ? 0x4000 : 0) | (ip.moreFragments() ? 0x2000 : 0) | ip.fragmentOffset() / 8)
                    .u8(ip.ttl()).u8(ip.protocol() >= 0 ? ip.protocol() : ipProtocolOf(next, i)).u16(0)
                    .bytes(ip.src().getAddress()).bytes(ip.dst().getAddress()).bytes(opts);
            byte[] h = o.toBytes();
            int c = ip.checksum().resolve(new InternetChecksum().add(h).finish(), false);
            h[10] = (byte) (c >>> 8);
            h[11] = (byte) c;
            return concat(h, inner);
        } else if (l instanceof Ipv6 ip) {
            if (inner.length > 0xffff) throw new IllegalArgumentException("layer " + i + ": IPv6 payload of " + inner.length + " bytes");
            o.u32(6L << 28 | (long) (ip.trafficClass() & 0xff) << 20 | ip.flowLabel()).u16(inner.length)
                    .u8(ip.nextHeader() >= 0 ? ip.nextHeader() : ipProtocolOf(next, i)).u8(ip.hopLimit())
                    .bytes(ip.src().getAddress()).bytes(ip.dst().getAddress());
        } else if (l instanceof Ipv6Extension x) {
            o.u8(x.nextHeader() >= 0 ? x.nextHeader() : ipProtocolOf(next, i));
            o.u8(x.type() == Ipv6Extension.FRAGMENT ? 0 : x.length() / 8 - 1).bytes(x.data());
        } else if (l instanceof Tcp t) {
            byte[] opts = t.options();
            o.u16(t.srcPort()).u16(t.dstPort()).u32(t.seq()).u32(t.ack()).u8((20 + opts.length) / 4 << 4)
                    .u8(t.flags()).u16(t.window()).u16(0).u16(t.urgentPointer()).bytes(opts);
            return withL4Checksum(o.toBytes(), inner, 16, Ipv4.TCP, t.checksum(), false, i);
        } else if (l instanceof Udp u) {
            int len = 8 + inner.length;
            if (len > 0xffff) throw new IllegalArgumentException("layer " + i + ": UDP datagram of " + len + " bytes");
            o.u16(u.srcPort()).u16(u.dstPort()).u16(len).u16(0);
            return withL4Checksum(o.toBytes(), inner, 6, Ipv4.UDP, u.checksum(), true, i);
        } else if (l instanceof Icmp c) {
            o.u8(c.type()).u8(c.code()).u16(0).u32(c.rest());
            byte[] all = concat(o.toBytes(), inner);
            int sum = c.checksum().resolve(new InternetChecksum().add(all).finish(), false);
            all[2] = (byte) (sum >>> 8);
            all[3] = (byte) sum;
            return all;
        } else if (l instanceof Icmpv6 c) {
            o.u8(c.type()).u8(c.code()).u16(0).u32(c.rest());
            return withL4Checksum(o.toBytes(), inner, 2, Ipv4.ICMPV6, c.checksum(), false, i);
        } else if (l instanceof Payload p) {
            o.bytes(p.bytes());
        } else {
            throw new IllegalArgumentException("a trailer must be the last layer (layer " + i + ")");
        }
        return concat(o.toBytes(), inner);
    }

    /** TCP, UDP and ICMPv6 checksums: over the pseudo-header of the nearest IP header before them. */
    private byte[] withL4Checksum(byte[] header, byte[] inner, int at, int proto, Checksum mode, boolean udp, int i) {
        byte[] all = concat(header, inner);
        InternetChecksum sum = new InternetChecksum();
        for (int k = i - 1; k >= 0; k--) {
            Layer l = layers.get(k);
            if (l instanceof Ipv4 ip) {
                sum.add(ip.src().getAddress()).add(ip.dst().getAddress()).add16(proto).add16(all.length);
                break;
            }
            if (l instanceof Ipv6 ip) {
                sum.add(ip.src().getAddress()).add(ip.dst().getAddress()).add32(all.length).add16(proto);
                break;
            }
        }
        int c = sum.add(all).finish();
        if (udp && c == 0) c = 0xffff; // RFC 768: a computed zero is transmitted as all ones
        c = mode.resolve(c, udp);
        all[at] = (byte) (c >>> 8);
        all[at + 1] = (byte) c;
        return all;
    }

    private static int etherTypeOf(Layer next, int i) {
        if (next instanceof Vlan) return Ethernet.VLAN;
        if (next instanceof Arp) return Ethernet.ARP;
        if (next instanceof Ipv4) return Ethernet.IPV4;
        if (next instanceof Ipv6) return Ethernet.IPV6;
        if (next == null || next instanceof Payload) return Ethernet.EXPERIMENTAL;
        throw new IllegalArgumentException("layer " + i + ": no EtherType for " + next.summary() + "; give it");
    }

    private static int ipProtocolOf(Layer next, int i) {
        if (next instanceof Tcp) return Ipv4.TCP;
        if (next instanceof Udp) return Ipv4.UDP;
        if (next instanceof Icmp) return Ipv4.ICMP;
        if (next instanceof Icmpv6) return Ipv4.ICMPV6;
        if (next instanceof Ipv4) return Ipv4.IPIP;
        if (next instanceof Ipv6) return Ipv4.IPV6;
        if (next instanceof Ipv6Extension x) return x.type();
        if (next == null) return Ipv6.NO_NEXT_HEADER;
        throw new IllegalArgumentException("layer " + i + ": no protocol number for " + next.summary() + "; give it");
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    /** Big-endian output. */
    private static final class Out {
        private final ByteArrayOutputStream b = new ByteArrayOutputStream();

        Out u8(int v) { b.write(v); return this; }

        Out u16(int v) { b.write(v >>> 8); b.write(v); return this; }

        Out u32(long v) { return u16((int) (v >>> 16)).u16((int) v); }

        Out bytes(byte[] x) { b.writeBytes(x); return this; }

        byte[] toBytes() { return b.toByteArray(); }
    }
}
