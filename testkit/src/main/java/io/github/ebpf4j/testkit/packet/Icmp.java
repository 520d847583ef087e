package io.github.ebpf4j.testkit.packet;

/**
 * An ICMP header (RFC 792): type, code, checksum and the 4 type-specific bytes (identifier and
 * sequence number for echo); the message body follows as a {@link Payload}.
 *
 * @param type type (8 echo request, 0 echo reply, 3 unreachable, ...)
 * @param code code
 * @param rest the 4 bytes after the checksum, big-endian
 * @param checksum the checksum (over the ICMP message)
 */
public record Icmp(int type, int code, long rest, Checksum checksum) implements Layer {
    /** Echo reply. */ public static final int ECHO_REPLY = 0;
    /** Destination unreachable. */ public static final int UNREACHABLE = 3;
    /** Echo request. */ public static final int ECHO_REQUEST = 8;

    /** Defaults the checksum. */
    public Icmp {
        if (checksum == null) checksum = Checksum.AUTO;
    }

    /** @param id identifier @param seq sequence number @return an echo request */
    public static Icmp echoRequest(int id, int seq) {
        return new Icmp(ECHO_REQUEST, 0, (long) (id & 0xffff) << 16 | (seq & 0xffff), Checksum.AUTO);
    }

    /** @param c checksum to use @return this header with it */
    public Icmp withChecksum(Checksum c) { return new Icmp(type, code, rest, c); }

    @Override
    public String summary() {
        String t = switch (type) {
            case ECHO_REQUEST -> "echo request id " + (rest >>> 16) + " seq " + (rest & 0xffff);
            case ECHO_REPLY -> "echo reply id " + (rest >>> 16) + " seq " + (rest & 0xffff);
            default -> "type " + type + " code " + code;
        };
        return "ICMP " + t + " csum " + checksum;
    }
}
