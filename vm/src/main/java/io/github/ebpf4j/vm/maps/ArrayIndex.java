package io.github.ebpf4j.vm.maps;

import io.github.ebpf4j.vm.Errno;

/** u32 keys of array-like maps: decoding and the kernel's array get_next_key rule. */
final class ArrayIndex {
    private ArrayIndex() {
    }

    /** @param key 4 key bytes @return the little-endian u32 */
    static long of(byte[] key) {
        return (key[0] & 0xffL) | (key[1] & 0xffL) << 8 | (key[2] & 0xffL) << 16 | (key[3] & 0xffL) << 24;
    }

    /** @param v value @param out receives 4 little-endian bytes */
    static void put(long v, byte[] out) {
        out[0] = (byte) v;
        out[1] = (byte) (v >>> 8);
        out[2] = (byte) (v >>> 16);
        out[3] = (byte) (v >>> 24);
    }

    /**
     * {@code array_map_get_next_key()}: index + 1, 0 for a null or out-of-range key, -ENOENT
     * after the last index.
     *
     * @param key key or null
     * @param max max_entries
     * @param next receives the next key
     * @return 0 or -ENOENT
     */
    static int next(byte[] key, int max, byte[] next) {
        long i = key == null ? Long.MAX_VALUE : of(key);
        if (i >= max) {
            put(0, next);
            return 0;
        }
        if (i == max - 1L) return -Errno.ENOENT;
        put(i + 1, next);
        return 0;
    }
}
