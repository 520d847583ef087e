package io.github.ebpf4j.vm.helpers;

import io.github.ebpf4j.vm.Errno;
import io.github.ebpf4j.vm.prog.SkbBuff;

/**
 * Internet checksum arithmetic of the checksum helpers, as include/net/checksum.h and x86-64's
 * {@code csum_partial} compute it. Values are the bytes as they lie in the packet, loaded
 * little-endian; one's complement sums do not depend on the byte order as long as it is the
 * same everywhere.
 */
final class Checksums {
    /** {@code BPF_F_HDR_FIELD_MASK}. */ static final long HDR_FIELD_MASK = 0xf;
    /** {@code BPF_F_PSEUDO_HDR}. */ static final long PSEUDO_HDR = 1 << 4;
    /** {@code BPF_F_MARK_MANGLED_0}. */ static final long MARK_MANGLED_0 = 1 << 5;
    /** {@code BPF_F_MARK_ENFORCE}. */ static final long MARK_ENFORCE = 1 << 6;
    /** {@code BPF_F_IPV6}. */ static final long IPV6 = 1 << 7;
    /** {@code CSUM_MANGLED_0}. */ static final int CSUM_MANGLED_0 = 0xffff;

    private Checksums() {
    }

    /** 32-bit one's complement add ({@code csum_add}). */
    static int add32(int a, int b) {
        long s = (a & 0xffffffffL) + (b & 0xffffffffL);
        return (int) (s + (s >>> 32));
    }

    /** {@code csum_fold}: 32 to 16 bits, complemented. */
    static int fold(int csum) {
        int s = (csum & 0xffff) + (csum >>> 16);
        s = (s & 0xffff) + (s >>> 16);
        return ~s & 0xffff;
    }

    /** {@code csum_replace4}. */
    static int replace4(int sum, int from, int to) {
        int tmp = add32(~sum & 0xffff, ~from);
        return fold(add32(tmp, to));
    }

    /** {@code csum_replace2}: 16-bit arithmetic. */
    static int replace2(int sum, int from, int to) {
        int s = (~sum & 0xffff) + (~from & 0xffff);
        s = (s & 0xffff) + (s >>> 16);
        s += to & 0xffff;
        s = (s & 0xffff) + (s >>> 16);
        return ~s & 0xffff;
    }

    /** {@code csum_replace_by_diff}. */
    static int replaceByDiff(int sum, int diff) {
        return fold(add32(diff, ~sum & 0xffff));
    }

    /** {@code bpf_l3_csum_replace()}. */
    static long l3Replace(SkbBuff skb, long offset, long from, long to, long flags) {
        if ((flags & ~HDR_FIELD_MASK) != 0) return -Errno.EINVAL;
        long off = offset & 0xffffffffL;
        if (off > 0xffff || (off & 1) != 0) return -Errno.EFAULT;
        int sum = skb.load16(off);
        if (sum < 0) return -Errno.EFAULT;
        int r;
        switch ((int) (flags & HDR_FIELD_MASK)) {
            case 0 -> {
                if (from != 0) return -Errno.EINVAL;
                r = replaceByDiff(sum, (int) to);
            }
            case 2 -> r = replace2(sum, (int) from, (int) to);
            case 4 -> r = replace4(sum, (int) from, (int) to);
            default -> {
                return -Errno.EINVAL;
            }
        }
        skb.store16(off, r);
        return 0;
    }

    /**
     * {@code bpf_l4_csum_replace()}: the test-run skb is CHECKSUM_NONE, so the pseudo-header flag
     * changes nothing ({@code inet_proto_csum_replace*}).
     */
    static long l4Replace(SkbBuff skb, long offset, long from, long to, long flags) {
        if ((flags & ~(MARK_MANGLED_0 | MARK_ENFORCE | PSEUDO_HDR | HDR_FIELD_MASK | IPV6)) != 0) return -Errno.EINVAL;
        long off = offset & 0xffffffffL;
        if (off > 0xffff || (off & 1) != 0) return -Errno.EFAULT;
        int sum = skb.load16(off);
        if (sum < 0) return -Errno.EFAULT;
        boolean mmzero = (flags & MARK_MANGLED_0) != 0;
        if (mmzero && (flags & MARK_ENFORCE) == 0 && sum == 0) return 0;
        int r;
        switch ((int) (flags & HDR_FIELD_MASK)) {
            case 0 -> {
                if (from != 0) return -Errno.EINVAL;
                r = replaceByDiff(sum, (int) to);
            }
            case 2 -> r = replace2(sum, (int) from, (int) to);
            case 4 -> r = replace4(sum, (int) from, (int) to);
            default -> {
                return -Errno.EINVAL;
            }
        }
        if (mmzero && r == 0) r = CSUM_MANGLED_0;
        skb.store16(off, r);
        return 0;
    }

    /**
     * {@code bpf_csum_diff()}: {@code csum_partial} over the complemented "from" words followed
     * by the "to" words, starting at {@code seed}, folded to 16 bits without complementing (Linux
     * 6.12+ returns the same value on every architecture; recorded in
     * testdata/runtime/cases/csum_diff.expected).
     */
    static int diff(byte[] from, byte[] to, int seed) {
        long s = seed & 0xffffffffL;
        for (int i = 0; i < from.length; i += 4) s += ~le32(from, i) & 0xffffffffL;
        for (int i = 0; i < to.length; i += 4) s += le32(to, i) & 0xffffffffL;
        while ((s >>> 16) != 0) s = (s & 0xffff) + (s >>> 16);
        return (int) s;
    }

    private static int le32(byte[] b, int o) {
        return (b[o] & 0xff) | (b[o + 1] & 0xff) << 8 | (b[o + 2] & 0xff) << 16 | (b[o + 3] & 0xff) << 24;
    }
}
