package io.github.ebpf4j.testkit.packet;

/**
 * An Ethernet II header (IEEE 802.3, 14 bytes).
 *
 * @param dst destination address
 * @param src source address
 * @param etherType EtherType of what follows, or -1 to derive it from the next layer
 *     (0x8100 VLAN, 0x0806 ARP, 0x0800 IPv4, 0x86dd IPv6, 0x88b5 for a bare payload)
 */
public record Ethernet(MacAddress dst, MacAddress src, int etherType) implements Layer {
    /** EtherType of IPv4. */ public static final int IPV4 = 0x0800;
    /** EtherType of ARP. */ public static final int ARP = 0x0806;
    /** EtherType (TPID) of an 802.1Q tag. */ public static final int VLAN = 0x8100;
    /** EtherType (TPID) of an 802.1ad service tag. */ public static final int QINQ = 0x88a8;
    /** EtherType of IPv6. */ public static final int IPV6 = 0x86dd;
    /** IEEE 802 local experimental EtherType 1, used for a bare payload. */ public static final int EXPERIMENTAL = 0x88b5;

    @Override
    public String summary() {
        return "Ethernet " + src + " > " + dst + (etherType < 0 ? "" : String.format(" type 0x%04x", etherType));
    }
}
