package io.github.ebpf4j.testkit.packet;

import java.util.Arrays;
import java.util.HexFormat;

/**
 * Bytes after the last header this package understands (or of a header it does not parse).
 *
 * @param bytes the payload
 */
public record Payload(byte[] bytes) implements Layer {
    /** Copies the bytes. */
    public Payload {
        bytes = bytes.clone();
    }

    /** @return a copy of the bytes */
    @Override
    public byte[] bytes() { return bytes.clone(); }

    /** @return the length */
    public int length() { return bytes.length; }

    @Override
    public boolean equals(Object o) { return o instanceof Payload p && Arrays.equals(bytes, p.bytes); }

    @Override
    public int hashCode() { return Arrays.hashCode(bytes); }

    @Override
    public String toString() { return summary(); }

    @Override
    public String summary() {
        int shown = Math.min(bytes.length, 32);
        return "payload " + bytes.length + " bytes " + HexFormat.of().formatHex(bytes, 0, shown) + (shown < bytes.length ? "..." : "");
    }
}
