package io.github.ebpf4j.testkit.packet;

import java.util.Arrays;
import java.util.HexFormat;

/**
 * An Ethernet (EUI-48) address.
 *
 * @param bytes the six octets, in wire order
 */
public record MacAddress(byte[] bytes) {
    /** ff:ff:ff:ff:ff:ff. */
    public static final MacAddress BROADCAST = of("ff:ff:ff:ff:ff:ff");
    /** 00:00:00:00:00:00. */
    public static final MacAddress ZERO = of("00:00:00:00:00:00");

    /** Copies and checks the octets. */
    public MacAddress {
        if (bytes.length != 6) throw new IllegalArgumentException("a MAC address has 6 bytes, not " + bytes.length);
        bytes = bytes.clone();
    }

    /**
     * @param text six hex octets separated by colons or dashes, e.g. {@code 02:00:00:00:00:01}
     * @return the address
     * @throws IllegalArgumentException if the text is not such an address
     */
    public static MacAddress of(String text) {
        String[] parts = text.split("[:-]");
        if (parts.length != 6) throw new IllegalArgumentException("not a MAC address: '" + text + "'");
        byte[] b = new byte[6];
        for (int i = 0; i < 6; i++) {
            if (parts[i].isEmpty() || parts[i].length() > 2) throw new IllegalArgumentException("not a MAC address: '" + text + "'");
            b[i] = (byte) Integer.parseInt(parts[i], 16);
        }
        return new MacAddress(b);
    }

    @Override
    public byte[] bytes() { return bytes.clone(); }

    @Override
    public boolean equals(Object o) { return o instanceof MacAddress m && Arrays.equals(bytes, m.bytes); }

    @Override
    public int hashCode() { return Arrays.hashCode(bytes); }

    @Override
    public String toString() { return HexFormat.ofDelimiter(":").formatHex(bytes); }
}
