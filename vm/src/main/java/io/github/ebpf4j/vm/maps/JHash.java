package io.github.ebpf4j.vm.maps;

/**
 * Bob Jenkins' lookup3 hash as the kernel's include/linux/jhash.h defines {@code jhash()} and
 * {@code jhash2()} (initial value 0xdeadbeef, little-endian word reads on x86), so that bloom
 * filters with a fixed seed set the same bits as the kernel's.
 */
final class JHash {
    private static final int INITVAL = 0xdeadbeef;

    private JHash() {
    }

    /**
     * {@code jhash(key, length, initval)} over bytes.
     *
     * @param k bytes
     * @param initval seed
     * @return the hash
     */
    static int jhash(byte[] k, int initval) {
        int length = k.length;
        int a = INITVAL + length + initval;
        int b = a;
        int c = a;
        int o = 0;
        while (length > 12) {
            a += le32(k, o);
            b += le32(k, o + 4);
            c += le32(k, o + 8);
            // __jhash_mix
            a -= c; a ^= Integer.rotateLeft(c, 4); c += b;
            b -= a; b ^= Integer.rotateLeft(a, 6); a += c;
            c -= b; c ^= Integer.rotateLeft(b, 8); b += a;
            a -= c; a ^= Integer.rotateLeft(c, 16); c += b;
            b -= a; b ^= Integer.rotateLeft(a, 19); a += c;
            c -= b; c ^= Integer.rotateLeft(b, 4); b += a;
            length -= 12;
            o += 12;
        }
        if (length == 0) return c;
        // the last 1..12 bytes, byte by byte as the kernel's switch falls through
        for (int i = length - 1; i >= 0; i--) {
            int v = (k[o + i] & 0xff) << (8 * (i & 3));
            if (i >= 8) c += v;
            else if (i >= 4) b += v;
            else a += v;
        }
        return fin(a, b, c);
    }

    /**
     * {@code jhash2(k, length, initval)} over 32-bit words (read little-endian from the bytes).
     *
     * @param k bytes, a multiple of 4 long
     * @param initval seed
     * @return the hash
     */
    static int jhash2(byte[] k, int initval) {
        int length = k.length / 4;
        int a = INITVAL + (length << 2) + initval;
        int b = a;
        int c = a;
        int o = 0;
        while (length > 3) {
            a += le32(k, o);
            b += le32(k, o + 4);
            c += le32(k, o + 8);
            a -= c; a ^= Integer.rotateLeft(c, 4); c += b;
            b -= a; b ^= Integer.rotateLeft(a, 6); a += c;
            c -= b; c ^= Integer.rotateLeft(b, 8); b += a;
            a -= c; a ^= Integer.rotateLeft(c, 16); c += b;
            b -= a; b ^= Integer.rotateLeft(a, 19); a += c;
            c -= b; c ^= Integer.rotateLeft(b, 4); b += a;
            length -= 3;
            o += 12;
        }
        switch (length) {
            case 3:
                c += le32(k, o + 8);
                // fall through
            case 2:
                b += le32(k, o + 4);
                // fall through
            case 1:
                a += le32(k, o);
                return fin(a, b, c);
            default:
                return c;
        }
    }

    private static int fin(int a, int b, int c) {
        // __jhash_final
        c ^= b; c -= Integer.rotateLeft(b, 14);
        a ^= c; a -= Integer.rotateLeft(c, 11);
        b ^= a; b -= Integer.rotateLeft(a, 25);
        c ^= b; c -= Integer.rotateLeft(b, 16);
        a ^= c; a -= Integer.rotateLeft(c, 4);
        b ^= a; b -= Integer.rotateLeft(a, 14);
        c ^= b; c -= Integer.rotateLeft(b, 24);
        return c;
    }

    private static int le32(byte[] k, int o) {
        return (k[o] & 0xff) | (k[o + 1] & 0xff) << 8 | (k[o + 2] & 0xff) << 16 | (k[o + 3] & 0xff) << 24;
    }
}
