package io.github.ebpf4j.testkit.packet;

/**
 * The Internet checksum of RFC 1071: the 16-bit one's complement of the one's complement sum of
 * the data taken as big-endian 16-bit words (an odd last byte padded with zero).
 */
final class InternetChecksum {
    private long sum;

    /** @param b bytes @param off start @param len length @return this */
    InternetChecksum add(byte[] b, int off, int len) {
        int i = off;
        int end = off + len;
        for (; i + 1 < end; i += 2) sum += ((b[i] & 0xff) << 8) | (b[i + 1] & 0xff);
        if (i < end) sum += (b[i] & 0xff) << 8;
        return this;
    }

    /** @param b bytes @return this */
    InternetChecksum add(byte[] b) { return add(b, 0, b.length); }

    /** @param word a 16-bit value @return this */
    InternetChecksum add16(int word) { sum += word & 0xffff; return this; }

    /** @param v a 32-bit value, added as two words @return this */
    InternetChecksum add32(long v) { return add16((int) (v >>> 16)).add16((int) v); }

    /** @return the checksum to store in a header */
    int finish() {
        long s = sum;
        while ((s >>> 16) != 0) s = (s & 0xffff) + (s >>> 16);
        return (int) (~s & 0xffff);
    }
}
