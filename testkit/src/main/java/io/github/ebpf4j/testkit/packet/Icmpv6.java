package io.github.ebpf4j.testkit.packet;

/**
 * An ICMPv6 header (RFC 4443): type, code, checksum (over the IPv6 pseudo-header) and 4 bytes.
 *
 * @param type type (128 echo request, 129 echo reply, 135 neighbour solicitation, ...)
 * @param code code
 * @param rest the 4 bytes after the checksum, big-endian
 * @param checksum the checksum
 */
public record Icmpv6(int type, int code, long rest, Checksum checksum) implements Layer {
    /** Echo request. */ public static final int ECHO_REQUEST = 128;
    /** Echo reply. */ public static final int ECHO_REPLY = 129;

    /** Defaults the checksum. */
    public Icmpv6 {
        if (checksum == null) checksum = Checksum.AUTO;
    }

    /** @param id identifier @param seq sequence number @return an echo request */
    public static Icmpv6 echoRequest(int id, int seq) {
        return new Icmpv6(ECHO_REQUEST, 0, (long) (id & 0xffff) << 16 | (seq & 0xffff), Checksum.AUTO);
    }

    /** @param c checksum to use @return this header with it */
    public Icmpv6 withChecksum(Checksum c) { return new Icmpv6(type, code, rest, c); }

    @Override
    public String summary() {
        String t = switch (type) {
            case ECHO_REQUEST -> "echo request id " + (rest >>> 16) + " seq " + (rest & 0xffff);
            case ECHO_REPLY -> "echo reply id " + (rest >>> 16) + " seq " + (rest & 0xffff);
            default -> "type " + type + " code " + code;
        };
        return "ICMPv6 " + t + " csum " + checksum;
    }
}
