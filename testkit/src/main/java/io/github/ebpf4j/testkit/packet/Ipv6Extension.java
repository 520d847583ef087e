package io.github.ebpf4j.testkit.packet;

import java.util.Arrays;
import java.util.HexFormat;

/**
 * An IPv6 extension header (RFC 8200 section 4): hop-by-hop options (0), routing (43), fragment
 * (44) or destination options (60).
 *
 * @param type the header's own type (the previous header's next header value)
 * @param nextHeader next header, or -1 to derive it
 * @param data the bytes after the next header and length (or, for a fragment header, reserved)
 *     byte: 6 for a fragment header, else a length that makes the header a multiple of 8
 */
public record Ipv6Extension(int type, int nextHeader, byte[] data) implements Layer {
    /** Hop-by-hop options. */ public static final int HOP_BY_HOP = 0;
    /** Routing header. */ public static final int ROUTING = 43;
    /** Fragment header. */ public static final int FRAGMENT = 44;
    /** Destination options. */ public static final int DESTINATION_OPTIONS = 60;

    /** Checks the type and the length. */
    public Ipv6Extension {
        data = data.clone();
        if (!isExtension(type)) throw new IllegalArgumentException("IPv6 extension type " + type + " is not 0, 43, 44 or 60");
        if (type == FRAGMENT ? data.length != 6 : (data.length + 2) % 8 != 0 || data.length + 2 > 2048) {
            throw new IllegalArgumentException("IPv6 extension " + type + ": " + data.length + " data bytes do not make a valid length");
        }
    }

    /** @param t a next header value @return whether it is an extension header this class models */
    public static boolean isExtension(int t) {
        return t == HOP_BY_HOP || t == ROUTING || t == FRAGMENT || t == DESTINATION_OPTIONS;
    }

    /**
     * @param nextHeader next header or -1
     * @param offset fragment offset in bytes (a multiple of 8)
     * @param more the M flag
     * @param identification identification
     * @return a fragment header
     */
    public static Ipv6Extension fragment(int nextHeader, int offset, boolean more, long identification) {
        if (offset < 0 || offset % 8 != 0 || offset > 0x1fff * 8) throw new IllegalArgumentException("fragment offset " + offset);
        int w = offset | (more ? 1 : 0);
        byte[] d = {(byte) (w >>> 8), (byte) w, (byte) (identification >>> 24), (byte) (identification >>> 16),
            (byte) (identification >>> 8), (byte) identification};
        return new Ipv6Extension(FRAGMENT, nextHeader, d);
    }

    /** @return a copy of the data */
    @Override
    public byte[] data() { return data.clone(); }

    /** @return the encoded length of this header in bytes */
    public int length() { return data.length + 2; }

    @Override
    public boolean equals(Object o) {
        return o instanceof Ipv6Extension x && type == x.type && nextHeader == x.nextHeader && Arrays.equals(data, x.data);
    }

    @Override
    public int hashCode() { return type * 31 + Arrays.hashCode(data); }

    @Override
    public String toString() { return summary(); }

    @Override
    public String summary() {
        String name = switch (type) {
            case HOP_BY_HOP -> "hop-by-hop";
            case ROUTING -> "routing";
            case FRAGMENT -> "fragment";
            default -> "dest-opts";
        };
        if (type == FRAGMENT) {
            int w = (data[0] & 0xff) << 8 | (data[1] & 0xff);
            long id = (data[2] & 0xffL) << 24 | (data[3] & 0xff) << 16 | (data[4] & 0xff) << 8 | (data[5] & 0xff);
            return "IPv6 fragment off " + (w & 0xfff8) + ((w & 1) != 0 ? " M" : "") + " id " + id;
        }
        return "IPv6 " + name + " " + HexFormat.of().formatHex(data);
    }
}
