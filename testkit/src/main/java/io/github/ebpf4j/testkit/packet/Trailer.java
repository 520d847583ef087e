package io.github.ebpf4j.testkit.packet;

import java.util.Arrays;
import java.util.HexFormat;

/**
 * Bytes after the end of the IP datagram, such as Ethernet padding to 60 bytes. Only the last
 * layer of a packet may be a trailer; IP lengths do not count it.
 *
 * @param bytes the trailer
 */
public record Trailer(byte[] bytes) implements Layer {
    /** Copies the bytes. */
    public Trailer {
        bytes = bytes.clone();
    }

    /** @return a copy of the bytes */
    @Override
    public byte[] bytes() { return bytes.clone(); }

    @Override
    public boolean equals(Object o) { return o instanceof Trailer p && Arrays.equals(bytes, p.bytes); }

    @Override
    public int hashCode() { return Arrays.hashCode(bytes); }

    @Override
    public String toString() { return summary(); }

    @Override
    public String summary() { return "trailer " + bytes.length + " bytes " + HexFormat.of().formatHex(bytes); }
}
