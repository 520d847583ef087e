package io.github.ebpf4j.vm.maps;

import io.github.ebpf4j.vm.Errno;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code BPF_MAP_TYPE_LPM_TRIE}: longest-prefix match, mirrors kernel/bpf/lpm_trie.c. A key is
 * {@code struct bpf_lpm_trie_key}: a u32 prefix length (host order, little-endian) followed by the
 * data, compared most significant bit first.
 *
 * <ul>
 *   <li>Lookup returns the element with the longest prefix, no longer than the key's prefix
 *       length, whose bits match the key's data.</li>
 *   <li>Update: {@code -EINVAL} for flags above BPF_EXIST (BPF_F_LOCK included) or a prefix
 *       length above 8 * data size; {@code -EEXIST}/{@code -ENOENT} for NOEXIST/EXIST;
 *       {@code -ENOSPC} (not {@code -E2BIG}) when a new prefix would exceed max_entries.
 *       Bits of the data past the prefix length are kept as given, as the kernel keeps them.</li>
 *   <li>get_next_key follows the kernel's post-order walk: more specific prefixes before the
 *       prefixes that contain them, the 0 branch before the 1 branch.</li>
 * </ul>
 */
public final class LpmTrieMap extends BpfMap {
    private final int dataSize;
    private final int maxPrefixLen;
    /** Elements in post-order. Keys compare on the first prefixlen bits only. */
    private final TreeMap<Prefix, Element> elements = new TreeMap<>(LpmTrieMap::postOrder);
    /** Prefix lengths present, longest first, for lookups. */
    private final TreeMap<Integer, Integer> lengths = new TreeMap<>();

    private record Prefix(int len, byte[] data) {
    }

    private static final class Element {
        final byte[] key;
        final byte[] value;

        Element(byte[] key, byte[] value) {
            this.key = key;
            this.value = value;
        }
    }

    /**
     * @param spec LPM trie spec (key size 4 + data size)
     * @param numCpus simulated CPUs
     */
    LpmTrieMap(MapSpec spec, int numCpus) {
        super(spec, numCpus);
        this.dataSize = spec.keySize() - 4;
        this.maxPrefixLen = dataSize * 8;
    }

    private static int bit(byte[] data, int i) {
        return (data[i >>> 3] >>> (7 - (i & 7))) & 1;
    }

    /** Post-order of the kernel's trie (see class comment). */
    private static int postOrder(Prefix a, Prefix b) {
        int common = Math.min(a.len, b.len);
        for (int i = 0; i < common; i++) {
            int x = bit(a.data, i);
            int y = bit(b.data, i);
            if (x != y) return x - y;
        }
        return Integer.compare(b.len, a.len);
    }

    private static long prefixLen(byte[] key) {
        return (key[0] & 0xffL) | (key[1] & 0xffL) << 8 | (key[2] & 0xffL) << 16 | (key[3] & 0xffL) << 24;
    }

    private Prefix prefixOf(byte[] key, int len) {
        byte[] d = new byte[dataSize];
        System.arraycopy(key, 4, d, 0, dataSize);
        return new Prefix(len, d);
    }

    private Element longestMatch(byte[] key) {
        long plen = prefixLen(key);
        if (plen > maxPrefixLen) return null;
        Prefix probe = prefixOf(key, 0);
        for (int len : lengths.headMap((int) plen, true).descendingKeySet()) {
            Element e = elements.get(new Prefix(len, probe.data));
            if (e != null) return e;
        }
        return null;
    }

    @Override
    public int lookup(byte[] key, byte[] value) {
        checkKey(key);
        checkValue(value, valueSize());
        Element e = longestMatch(key);
        if (e == null) return -Errno.ENOENT;
        System.arraycopy(e.value, 0, value, 0, valueSize());
        return 0;
    }

    @Override
    public byte[] progLookup(byte[] key, int cpu) {
        checkKey(key);
        Element e = longestMatch(key);
        return e == null ? null : e.value;
    }

    @Override
    public int update(byte[] key, byte[] value, long flags) {
        if (frozen()) return -Errno.EPERM;
        return progUpdate(key, value, flags, 0);
    }

    @Override
    public int progUpdate(byte[] key, byte[] value, long flags, int cpu) {
        checkKey(key);
        checkValue(value, valueSize());
        if (flags < 0 || flags > MapFlags.BPF_EXIST) return -Errno.EINVAL;
        long plen = prefixLen(key);
        if (plen > maxPrefixLen) return -Errno.EINVAL;
        Prefix p = prefixOf(key, (int) plen);
        Element old = elements.get(p);
        if (old != null && flags == MapFlags.BPF_NOEXIST) return -Errno.EEXIST;
        if (old == null) {
            if (flags == MapFlags.BPF_EXIST) return -Errno.ENOENT;
            if (elements.size() >= maxEntries()) return -Errno.ENOSPC;
            lengths.merge((int) plen, 1, Integer::sum);
        } else {
            elements.remove(p); // the replacing node carries the new key's data
        }
        byte[] v = new byte[valueSize()];
        System.arraycopy(value, 0, v, 0, valueSize());
        elements.put(p, new Element(key.clone(), v));
        return 0;
    }

    @Override
    public int delete(byte[] key) {
        if (frozen()) return -Errno.EPERM;
        return progDelete(key, 0);
    }

    @Override
    public int progDelete(byte[] key, int cpu) {
        checkKey(key);
        long plen = prefixLen(key);
        if (plen > maxPrefixLen) return -Errno.EINVAL;
        if (elements.remove(prefixOf(key, (int) plen)) == null) return -Errno.ENOENT;
        lengths.computeIfPresent((int) plen, (k, n) -> n == 1 ? null : n - 1);
        return 0;
    }

    @Override
    public int getNextKey(byte[] key, byte[] nextKey) {
        checkValue(nextKey, keySize());
        if (elements.isEmpty()) return -Errno.ENOENT;
        Map.Entry<Prefix, Element> next;
        Prefix cur = null;
        if (key != null) {
            checkKey(key);
            long plen = prefixLen(key);
            if (plen <= maxPrefixLen) cur = prefixOf(key, (int) plen);
        }
        if (cur == null || !elements.containsKey(cur)) {
            next = elements.firstEntry(); // find_leftmost
        } else {
            next = elements.higherEntry(cur);
            if (next == null) return -Errno.ENOENT;
        }
        System.arraycopy(next.getValue().key, 0, nextKey, 0, keySize());
        return 0;
    }
}
