package io.github.ebpf4j.testkit.packet;

/**
 * One header (or the payload) of a {@link Packet}, outermost first. Fields that the encoder can
 * derive (lengths, next-protocol numbers given as {@code -1}, checksums given as
 * {@link Checksum#AUTO}) are filled in when the packet is encoded.
 */
public sealed interface Layer
        permits Ethernet, Vlan, Arp, Ipv4, Ipv6, Ipv6Extension, Tcp, Udp, Icmp, Icmpv6, Payload, Trailer {
    /** @return a one-line description for failure messages, e.g. {@code TCP 1234 > 80 [SYN]} */
    String summary();
}
