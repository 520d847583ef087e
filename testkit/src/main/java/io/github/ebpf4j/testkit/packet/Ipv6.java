package io.github.ebpf4j.testkit.packet;

import java.net.Inet6Address;

/**
 * An IPv6 fixed header (RFC 8200, 40 bytes). The payload length is always derived.
 *
 * @param trafficClass traffic class
 * @param flowLabel flow label (20 bits)
 * @param nextHeader next header, or -1 to derive it (an extension header's type, 6, 17, 58, 59
 *     for a bare payload)
 * @param hopLimit hop limit
 * @param src source address
 * @param dst destination address
 */
public record Ipv6(int trafficClass, int flowLabel, int nextHeader, int hopLimit, Inet6Address src, Inet6Address dst)
        implements Layer {
    /** "No next header" (RFC 8200 section 4.7). */ public static final int NO_NEXT_HEADER = 59;

    /** Checks the field ranges. */
    public Ipv6 {
        if (flowLabel < 0 || flowLabel > 0xfffff) throw new IllegalArgumentException("flow label " + flowLabel + " is not 20 bits");
    }

    @Override
    public String summary() {
        return "IPv6 " + src.getHostAddress() + " > " + dst.getHostAddress() + " hlim " + hopLimit
                + (nextHeader >= 0 ? " next " + nextHeader : "") + (flowLabel != 0 ? " flow 0x" + Integer.toHexString(flowLabel) : "")
                + (trafficClass != 0 ? " tc 0x" + Integer.toHexString(trafficClass) : "");
    }
}
