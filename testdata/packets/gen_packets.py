#!/usr/bin/env python3
"""Expected wire bytes for the testkit's packet builder, produced independently of
it: every header is laid out with Python's struct module by the field tables of
the RFCs (791, 8200, 9293, 768, 792, 4443, 826, IEEE 802.1Q), and checksums are
computed here by RFC 1071. scapy is not installable on the machine that made
these facts, so struct it is.

    $ python3 testdata/packets/gen_packets.py > testdata/packets/packets.txt

Output: one line per packet, "NAME HEX". The Java test (PacketGoldenTest)
builds the same packets with PacketBuilder and compares the bytes."""
import ipaddress
import struct

SRC_MAC = bytes.fromhex("020000000001")
DST_MAC = bytes.fromhex("020000000002")


def csum(data):
    if len(data) % 2:
        data += b"\0"
    s = sum(struct.unpack("!%dH" % (len(data) // 2), data))
    while s >> 16:
        s = (s & 0xFFFF) + (s >> 16)
    return ~s & 0xFFFF


def v4(a):
    return ipaddress.IPv4Address(a).packed


def v6(a):
    return ipaddress.IPv6Address(a).packed


def eth(ethertype):
    return DST_MAC + SRC_MAC + struct.pack("!H", ethertype)


def vlan(pcp, vid, ethertype):
    return struct.pack("!HH", (pcp << 13) | vid, ethertype)


def ipv4(src, dst, proto, payload_len, ident=0, ttl=64, df=False, mf=False, frag_off=0, options=b"", tos=0):
    ihl = 5 + len(options) // 4
    flags = (0x4000 if df else 0) | (0x2000 if mf else 0) | (frag_off // 8)
    h = struct.pack("!BBHHHBBH4s4s", 0x40 | ihl, tos, ihl * 4 + payload_len, ident, flags, ttl, proto, 0, v4(src), v4(dst)) + options
    return h[:10] + struct.pack("!H", csum(h)) + h[12:]


def pseudo4(src, dst, proto, length):
    return struct.pack("!4s4sBBH", v4(src), v4(dst), 0, proto, length)


def pseudo6(src, dst, nh, length):
    return struct.pack("!16s16sI3xB", v6(src), v6(dst), length, nh)


def ipv6(src, dst, nh, payload_len, hlim=64, flow=0, tc=0):
    return struct.pack("!IHBB16s16s", (6 << 28) | (tc << 20) | flow, payload_len, nh, hlim, v6(src), v6(dst))


def tcp(sport, dport, seq, ack, flags, win, options, payload, pseudo, bad=False):
    doff = (20 + len(options)) // 4
    h = struct.pack("!HHIIBBHHH", sport, dport, seq, ack, doff << 4, flags, win, 0, 0) + options
    c = csum(pseudo + h + payload)
    if bad:
        c = (c + 1) & 0xFFFF
    return h[:16] + struct.pack("!H", c) + h[18:] + payload


def udp(sport, dport, payload, pseudo, zero=False):
    h = struct.pack("!HHHH", sport, dport, 8 + len(payload), 0)
    c = 0 if zero else (csum(pseudo + h + payload) or 0xFFFF)
    return h[:6] + struct.pack("!H", c) + payload


def icmp(typ, code, rest, payload, pseudo=b""):
    h = struct.pack("!BBHI", typ, code, 0, rest)
    c = csum(pseudo + h + payload)
    return h[:2] + struct.pack("!H", c) + h[4:] + payload


packets = {}

# UDP over IPv4, checksum 0 ("none"): the packet of testdata/obj/rate_limiter.run.txt
u = udp(1000, 53, b"", None, zero=True)
packets["udp_no_checksum"] = eth(0x0800) + ipv4("192.0.2.1", "198.51.100.7", 17, len(u)) + u

# UDP over IPv4 with its checksum and a payload
p = b"query"
u = udp(1000, 53, p, pseudo4("192.0.2.1", "198.51.100.7", 17, 8 + len(p)))
packets["udp_dns"] = eth(0x0800) + ipv4("192.0.2.1", "198.51.100.7", 17, len(u)) + u

# A Linux-style SYN: DF, options mss, sackOK, timestamps, nop, wscale
opts = struct.pack("!BBH", 2, 4, 1460) + bytes([4, 2]) + struct.pack("!BBII", 8, 10, 1, 0) + bytes([1, 3, 3, 7])
t = tcp(40000, 443, 1000, 0, 0x02, 64240, opts, b"", pseudo4("10.0.0.1", "10.0.0.2", 6, 20 + len(opts)))
packets["tcp_syn_options"] = eth(0x0800) + ipv4("10.0.0.1", "10.0.0.2", 6, len(t), ident=0x1234, df=True) + t

# The same SYN with a deliberately wrong TCP checksum (right value + 1)
t = tcp(40000, 443, 1000, 0, 0x02, 64240, opts, b"", pseudo4("10.0.0.1", "10.0.0.2", 6, 20 + len(opts)), bad=True)
packets["tcp_syn_bad_checksum"] = eth(0x0800) + ipv4("10.0.0.1", "10.0.0.2", 6, len(t), ident=0x1234, df=True) + t

# 802.1Q VLAN 100 priority 3, ICMP echo request
i = icmp(8, 0, (7 << 16) | 1, b"ping")
packets["vlan_icmp_echo"] = eth(0x8100) + vlan(3, 100, 0x0800) + ipv4("10.1.0.1", "10.1.0.2", 1, len(i), ttl=255) + i

# ARP request: who has 10.0.0.2, tell 10.0.0.1
packets["arp_request"] = eth(0x0806) + struct.pack("!HHBBH6s4s6s4s", 1, 0x0800, 6, 4, 1, SRC_MAC, v4("10.0.0.1"), b"\0" * 6, v4("10.0.0.2"))

# IPv4 with a Router Alert option (RFC 2113), first fragment (MF, id 42) carrying a UDP header
p = b"0123456789abcdef"
u = udp(5000, 6000, p, pseudo4("172.16.0.1", "172.16.0.2", 17, 8 + len(p)))
packets["ipv4_options_first_fragment"] = eth(0x0800) + ipv4("172.16.0.1", "172.16.0.2", 17, len(u), ident=42, mf=True,
                                                            options=bytes([0x94, 0x04, 0, 0])) + u

# Second fragment: offset 24, no MF, raw bytes
p = b"tail of the datagram"
packets["ipv4_second_fragment"] = eth(0x0800) + ipv4("172.16.0.1", "172.16.0.2", 17, len(p), ident=42, frag_off=24) + p

# TCP over IPv6 with a flow label, PSH|ACK and data
p = b"hello"
t = tcp(50000, 80, 1, 1, 0x18, 512, b"", p, pseudo6("2001:db8::1", "2001:db8::2", 6, 20 + len(p)))
packets["ipv6_tcp"] = eth(0x86DD) + ipv6("2001:db8::1", "2001:db8::2", 6, len(t), flow=0x12345) + t

# IPv6 with hop-by-hop (PadN) and destination options (PadN) before UDP
hbh = bytes([60, 0]) + bytes([1, 4, 0, 0, 0, 0])
dst = bytes([17, 0]) + bytes([1, 4, 0, 0, 0, 0])
p = b"ext"
u = udp(1234, 4321, p, pseudo6("fe80::1", "ff02::1", 17, 8 + len(p)))
packets["ipv6_extensions_udp"] = eth(0x86DD) + ipv6("fe80::1", "ff02::1", 0, len(hbh) + len(dst) + len(u), hlim=1) + hbh + dst + u

# IPv6 fragment header (offset 0, M, id 0xdeadbeef) before an ICMPv6 echo request
i = icmp(128, 0, (9 << 16) | 2, b"abcdefgh", pseudo6("2001:db8::a", "2001:db8::b", 58, 8 + 8))
frag = struct.pack("!BBHI", 58, 0, 0 | 1, 0xDEADBEEF)
packets["ipv6_fragment_icmpv6"] = eth(0x86DD) + ipv6("2001:db8::a", "2001:db8::b", 44, len(frag) + len(i)) + frag + i

# ICMPv6 echo request
i = icmp(128, 0, (1 << 16) | 1, b"", pseudo6("2001:db8::1", "2001:db8::2", 58, 8))
packets["icmpv6_echo"] = eth(0x86DD) + ipv6("2001:db8::1", "2001:db8::2", 58, len(i)) + i

# The inputs of testdata/obj/xdp_router.run.txt: an echo request to the router, VXLAN, a routed datagram
i = icmp(8, 0, (7 << 16) | 1, b"ping")
packets["router_echo_request"] = eth(0x0800) + ipv4("10.0.0.5", "192.168.0.1", 1, len(i)) + i
p = b"vxlan"
u = udp(50000, 4789, p, pseudo4("10.0.0.5", "10.9.9.9", 17, 8 + len(p)))
packets["router_vxlan"] = eth(0x0800) + ipv4("10.0.0.5", "10.9.9.9", 17, len(u)) + u
p = b"data"
u = udp(1000, 2000, p, pseudo4("10.0.0.5", "10.2.0.7", 17, 8 + len(p)))
packets["router_routed"] = eth(0x0800) + ipv4("10.0.0.5", "10.2.0.7", 17, len(u)) + u

for name, b in packets.items():
    print(name, b.hex())
