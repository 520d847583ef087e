package io.github.ebpf4j.testkit.packet;

import java.net.Inet4Address;

/**
 * An ARP packet for IPv4 over Ethernet (RFC 826: hardware type 1, protocol 0x0800, 28 bytes).
 *
 * @param operation 1 request, 2 reply
 * @param senderMac sender hardware address
 * @param senderIp sender protocol address
 * @param targetMac target hardware address
 * @param targetIp target protocol address
 */
public record Arp(int operation, MacAddress senderMac, Inet4Address senderIp, MacAddress targetMac,
        Inet4Address targetIp) implements Layer {
    /** ARP request. */ public static final int REQUEST = 1;
    /** ARP reply. */ public static final int REPLY = 2;

    @Override
    public String summary() {
        String op = operation == REQUEST ? "who-has " + targetIp.getHostAddress() + " tell " + senderIp.getHostAddress()
                : operation == REPLY ? senderIp.getHostAddress() + " is-at " + senderMac : "op " + operation;
        return "ARP " + op;
    }
}
