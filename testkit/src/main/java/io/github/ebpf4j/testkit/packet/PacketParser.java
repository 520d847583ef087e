package io.github.ebpf4j.testkit.packet;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Decodes wire bytes into layers, leniently: a header that is truncated or not understood ends
 * the parse, and the bytes from there on become a {@link Payload}. Never throws on any input.
 */
final class PacketParser {
    private final byte[] b;
    private final List<Layer> out = new ArrayList<>();

    PacketParser(byte[] bytes) {
        this.b = bytes;
    }

    List<Layer> parse() {
        if (b.length < 14) return rest(0, b.length);
        int type = u16(12);
        out.add(new Ethernet(new MacAddress(Arrays.copyOfRange(b, 0, 6)), new MacAddress(Arrays.copyOfRange(b, 6, 12)), type));
        int off = 14;
        while (type == Ethernet.VLAN || type == Ethernet.QINQ) {
            if (off + 4 > b.length) return rest(off, b.length);
            int tci = u16(off);
            type = u16(off + 2);
            out.add(new Vlan(tci >>> 13, (tci & 0x1000) != 0, tci & 0xfff, type));
            off += 4;
        }
        if (type == Ethernet.ARP) return arp(off);
        if (type == Ethernet.IPV4) return trailer(ipv4(off, b.length));
        if (type == Ethernet.IPV6) return trailer(ipv6(off, b.length));
        return rest(off, b.length);
    }

    private List<Layer> arp(int off) {
        if (off + 28 > b.length || u16(off) != 1 || u16(off + 2) != Ethernet.IPV4 || b[off + 4] != 6 || b[off + 5] != 4) {
            return rest(off, b.length);
        }
        out.add(new Arp(u16(off + 6), mac(off + 8), Ip.v4(Arrays.copyOfRange(b, off + 14, off + 18)), mac(off + 18),
                Ip.v4(Arrays.copyOfRange(b, off + 24, off + 28))));
        return rest(off + 28, b.length);
    }

    /** @return the end of the datagram (limit if it could not be parsed) */
    private int ipv4(int off, int limit) {
        if (off + 20 > limit) {
            rest(off, limit);
            return limit;
        }
        int vihl = b[off] & 0xff;
        int hl = (vihl & 0xf) * 4;
        int total = u16(off + 2);
        if (vihl >>> 4 != 4 || hl < 20 || off + hl > limit || total < hl) {
            rest(off, limit);
            return limit;
        }
        int end = Math.min(limit, off + total);
        int frag = u16(off + 6);
        int proto = b[off + 9] & 0xff;
        Ipv4 ip = new Ipv4(b[off + 1] & 0xff, u16(off + 4), (frag & 0x4000) != 0, (frag & 0x2000) != 0, (frag & 0x1fff) * 8,
                b[off + 8] & 0xff, proto, Ip.v4(Arrays.copyOfRange(b, off + 12, off + 16)),
                Ip.v4(Arrays.copyOfRange(b, off + 16, off + 20)), Arrays.copyOfRange(b, off + 20, off + hl),
                Checksum.of(u16(off + 10)));
        out.add(ip);
        int l4 = off + hl;
        if (ip.fragmentOffset() != 0) rest(l4, end);
        else transport(proto, l4, end);
        return end;
    }

    /** @return the end of the datagram (limit if it could not be parsed) */
    private int ipv6(int off, int limit) {
        if (off + 40 > limit || (b[off] & 0xf0) != 0x60) {
            rest(off, limit);
            return limit;
        }
        long w = u32(off);
        int plen = u16(off + 4);
        int nh = b[off + 6] & 0xff;
        out.add(new Ipv6((int) (w >>> 20) & 0xff, (int) (w & 0xfffff), nh, b[off + 7] & 0xff,
                Ip.v6(Arrays.copyOfRange(b, off + 8, off + 24)), Ip.v6(Arrays.copyOfRange(b, off + 24, off + 40))));
        int end = Math.min(limit, off + 40 + plen);
        int p = off + 40;
        boolean laterFragment = false;
        while (Ipv6Extension.isExtension(nh)) {
            if (p + 8 > end) {
                rest(p, end);
                return end;
            }
            int len = nh == Ipv6Extension.FRAGMENT ? 8 : ((b[p + 1] & 0xff) + 1) * 8;
            if (p + len > end || nh == Ipv6Extension.FRAGMENT && b[p + 1] != 0) {
                rest(p, end);
                return end;
            }
            int next = b[p] & 0xff;
            out.add(new Ipv6Extension(nh, next, Arrays.copyOfRange(b, p + 2, p + len)));
            if (nh == Ipv6Extension.FRAGMENT && (u16(p + 2) & 0xfff8) != 0) laterFragment = true;
            nh = next;
            p += len;
        }
        if (laterFragment) rest(p, end);
        else transport(nh, p, end);
        return end;
    }

    private void transport(int proto, int off, int end) {
        int len = end - off;
        if (proto == Ipv4.TCP && len >= 20) {
            int doff = (b[off + 12] & 0xf0) >>> 2;
            if (doff >= 20 && doff <= len) {
                out.add(new Tcp(u16(off), u16(off + 2), u32(off + 4), u32(off + 8), b[off + 13] & 0xff, u16(off + 14),
                        u16(off + 18), Arrays.copyOfRange(b, off + 20, off + doff), Checksum.of(u16(off + 16))));
                rest(off + doff, end);
                return;
            }
        } else if (proto == Ipv4.UDP && len >= 8) {
            out.add(new Udp(u16(off), u16(off + 2), Checksum.of(u16(off + 6))));
            rest(off + 8, end);
            return;
        } else if (proto == Ipv4.ICMP && len >= 8) {
            out.add(new Icmp(b[off] & 0xff, b[off + 1] & 0xff, u32(off + 4), Checksum.of(u16(off + 2))));
            rest(off + 8, end);
            return;
        } else if (proto == Ipv4.IPIP && len >= 20 && (b[off] & 0xf0) == 0x40) {
            int inner = ipv4(off, end);
            rest(inner, end);
            return;
        } else if (proto == Ipv4.IPV6 && len >= 40 && (b[off] & 0xf0) == 0x60) {
            int inner = ipv6(off, end);
            rest(inner, end);
            return;
        } else if (proto == Ipv4.ICMPV6 && len >= 8) {
            out.add(new Icmpv6(b[off] & 0xff, b[off + 1] & 0xff, u32(off + 4), Checksum.of(u16(off + 2))));
            rest(off + 8, end);
            return;
        }
        rest(off, end);
    }

    private List<Layer> rest(int from, int to) {
        if (to > from) out.add(new Payload(Arrays.copyOfRange(b, from, to)));
        return out;
    }

    private List<Layer> trailer(int end) {
        if (end < 0) return out;
        if (end < b.length) out.add(new Trailer(Arrays.copyOfRange(b, end, b.length)));
        return out;
    }

    private MacAddress mac(int off) { return new MacAddress(Arrays.copyOfRange(b, off, off + 6)); }

    private int u16(int o) { return (b[o] & 0xff) << 8 | (b[o + 1] & 0xff); }

    private long u32(int o) { return (long) u16(o) << 16 | u16(o + 2); }
}
