package io.github.ebpf4j.testkit.packet;

import java.net.Inet4Address;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * An IPv4 header (RFC 791). The total length is always derived; the header length follows the
 * options.
 *
 * @param tos type of service (DSCP and ECN)
 * @param identification identification
 * @param dontFragment the DF flag
 * @param moreFragments the MF flag
 * @param fragmentOffset fragment offset in bytes (a multiple of 8)
 * @param ttl time to live
 * @param protocol protocol number, or -1 to derive it from the next layer
 * @param src source address
 * @param dst destination address
 * @param options option bytes (a multiple of 4, at most 40)
 * @param checksum the header checksum
 */
public record Ipv4(int tos, int identification, boolean dontFragment, boolean moreFragments, int fragmentOffset,
        int ttl, int protocol, Inet4Address src, Inet4Address dst, byte[] options, Checksum checksum) implements Layer {
    /** Protocol number of ICMP. */ public static final int ICMP = 1;
    /** Protocol number of TCP. */ public static final int TCP = 6;
    /** Protocol number of UDP. */ public static final int UDP = 17;
    /** Protocol number of IPv4 in IPv4 (IPIP). */ public static final int IPIP = 4;
    /** Protocol number of IPv6 in IPv4. */ public static final int IPV6 = 41;
    /** Protocol number of ICMPv6. */ public static final int ICMPV6 = 58;

    /** Checks the fields the header cannot hold otherwise. */
    public Ipv4 {
        options = options == null ? new byte[0] : options.clone();
        if (options.length % 4 != 0 || options.length > 40) {
            throw new IllegalArgumentException("IPv4 options must be a multiple of 4 bytes, at most 40 (got "
                    + options.length + ")");
        }
        if (fragmentOffset < 0 || fragmentOffset % 8 != 0 || fragmentOffset > 0x1fff * 8) {
            throw new IllegalArgumentException("IPv4 fragment offset " + fragmentOffset + " is not a multiple of 8 below 65536");
        }
        if (checksum == null) checksum = Checksum.AUTO;
    }

    /** @return a copy of the options */
    @Override
    public byte[] options() { return options.clone(); }

    /** @return whether this header belongs to a fragment (MF set or a non-zero offset) */
    public boolean isFragment() { return moreFragments || fragmentOffset != 0; }

    /** @param c checksum to use @return this header with it */
    public Ipv4 withChecksum(Checksum c) {
        return new Ipv4(tos, identification, dontFragment, moreFragments, fragmentOffset, ttl, protocol, src, dst, options, c);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Ipv4 x && tos == x.tos && identification == x.identification && dontFragment == x.dontFragment
                && moreFragments == x.moreFragments && fragmentOffset == x.fragmentOffset && ttl == x.ttl
                && protocol == x.protocol && src.equals(x.src) && dst.equals(x.dst) && Arrays.equals(options, x.options)
                && checksum.equals(x.checksum);
    }

    @Override
    public int hashCode() { return src.hashCode() * 31 + dst.hashCode() * 7 + identification; }

    @Override
    public String toString() { return summary(); }

    @Override
    public String summary() {
        StringBuilder sb = new StringBuilder("IPv4 ").append(src.getHostAddress()).append(" > ").append(dst.getHostAddress());
        sb.append(" ttl ").append(ttl).append(" id ").append(identification);
        if (tos != 0) sb.append(" tos 0x").append(Integer.toHexString(tos));
        if (dontFragment) sb.append(" DF");
        if (moreFragments) sb.append(" MF");
        if (fragmentOffset != 0) sb.append(" frag-off ").append(fragmentOffset);
        if (protocol >= 0) sb.append(" proto ").append(protocol);
        if (options.length > 0) sb.append(" options ").append(HexFormat.of().formatHex(options));
        sb.append(" csum ").append(checksum);
        return sb.toString();
    }
}
