/**
 * Packets for tests: a builder ({@link io.github.ebpf4j.testkit.packet.PacketBuilder}) and a
 * lenient parser ({@link io.github.ebpf4j.testkit.packet.Packet#parse}) for Ethernet, 802.1Q,
 * ARP, IPv4 (options, fragments), IPv6 (extension headers), TCP (flags, options), UDP, ICMP and
 * ICMPv6. Checksums are right unless a test asks for a wrong one; a packet's {@code toString}
 * prints one layer per line and points out wrong checksums.
 */
package io.github.ebpf4j.testkit.packet;
