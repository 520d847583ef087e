package io.github.ebpf4j.testkit.packet;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;

/** IP address literals without name resolution. */
public final class Ip {
    private Ip() {}

    /**
     * @param text a dotted-quad literal such as {@code 10.0.0.1}
     * @return the address
     * @throws IllegalArgumentException if it is not an IPv4 literal
     */
    public static Inet4Address v4(String text) {
        if (!text.matches("\\d{1,3}(\\.\\d{1,3}){3}")) throw new IllegalArgumentException("not an IPv4 literal: '" + text + "'");
        if (parse(text) instanceof Inet4Address a) return a;
        throw new IllegalArgumentException("not an IPv4 literal: '" + text + "'");
    }

    /**
     * @param text an IPv6 literal such as {@code 2001:db8::1}
     * @return the address
     * @throws IllegalArgumentException if it is not an IPv6 literal
     */
    public static Inet6Address v6(String text) {
        if (!text.contains(":") || !text.matches("[0-9a-fA-F:.]+")) throw new IllegalArgumentException("not an IPv6 literal: '" + text + "'");
        InetAddress a = parse(text);
        if (a instanceof Inet6Address a6) return a6;
        // an IPv4-mapped literal comes back as IPv4: rebuild the 16 bytes
        byte[] b = new byte[16];
        b[10] = (byte) 0xff;
        b[11] = (byte) 0xff;
        System.arraycopy(a.getAddress(), 0, b, 12, 4);
        return v6(b);
    }

    /** @param b 4 bytes @return the address */
    public static Inet4Address v4(byte[] b) {
        if (b.length != 4) throw new IllegalArgumentException("an IPv4 address has 4 bytes");
        try {
            return (Inet4Address) InetAddress.getByAddress(b);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    /** @param b 16 bytes @return the address */
    public static Inet6Address v6(byte[] b) {
        if (b.length != 16) throw new IllegalArgumentException("an IPv6 address has 16 bytes");
        try {
            return Inet6Address.getByAddress(null, b, -1);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    private static InetAddress parse(String literal) {
        try {
            return InetAddress.getByName(literal); // a literal: no lookup happens
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("not an IP literal: '" + literal + "'", e);
        }
    }
}
