package io.github.ebpf4j.testkit;

import io.github.ebpf4j.testkit.packet.Ip;
import java.io.ByteArrayOutputStream;
import java.util.HexFormat;

/**
 * Map keys and values as BPF programs see them: integers in the target's byte order
 * (little-endian, {@code bpfel}), network-order fields with {@code be} methods.
 */
public final class Bytes {
    private Bytes() {}

    /** @param v value @return 1 byte */
    public static byte[] u8(int v) { return new byte[] {(byte) v}; }

    /** @param v value @return 2 bytes, little-endian ({@code __u16}) */
    public static byte[] u16(int v) { return new byte[] {(byte) v, (byte) (v >>> 8)}; }

    /** @param v value @return 4 bytes, little-endian ({@code __u32}) */
    public static byte[] u32(long v) { return new byte[] {(byte) v, (byte) (v >>> 8), (byte) (v >>> 16), (byte) (v >>> 24)}; }

    /** @param v value @return 8 bytes, little-endian ({@code __u64}) */
    public static byte[] u64(long v) {
        byte[] b = new byte[8];
        for (int i = 0; i < 8; i++) b[i] = (byte) (v >>> (8 * i));
        return b;
    }

    /** @param v value @return 2 bytes, network order ({@code __be16}) */
    public static byte[] be16(int v) { return new byte[] {(byte) (v >>> 8), (byte) v}; }

    /** @param v value @return 4 bytes, network order ({@code __be32}) */
    public static byte[] be32(long v) { return new byte[] {(byte) (v >>> 24), (byte) (v >>> 16), (byte) (v >>> 8), (byte) v}; }

    /** @param dotted an IPv4 literal @return its 4 bytes in network order, as in {@code iphdr.saddr} */
    public static byte[] ipv4(String dotted) { return Ip.v4(dotted).getAddress(); }

    /** @param hex hex digits (spaces allowed) @return the bytes */
    public static byte[] hex(String hex) { return HexFormat.of().parseHex(hex.replace(" ", "")); }

    /** @param parts byte arrays @return them concatenated (a struct key: {@code concat(u32(32), ipv4("10.0.0.1"))}) */
    public static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) out.writeBytes(p);
        return out.toByteArray();
    }

    /** @param b bytes @param off offset @return the little-endian u16 there */
    public static int readU16(byte[] b, int off) { return (b[off] & 0xff) | (b[off + 1] & 0xff) << 8; }

    /** @param b bytes @param off offset @return the little-endian u32 there */
    public static long readU32(byte[] b, int off) { return readU16(b, off) | (long) readU16(b, off + 2) << 16; }

    /** @param b bytes @param off offset @return the little-endian u64 there */
    public static long readU64(byte[] b, int off) { return readU32(b, off) | readU32(b, off + 4) << 32; }

    /** @param b bytes @return lower-case hex */
    public static String toHex(byte[] b) { return HexFormat.of().formatHex(b); }
}
