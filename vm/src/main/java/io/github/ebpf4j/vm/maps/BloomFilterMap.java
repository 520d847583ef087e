package io.github.ebpf4j.vm.maps;

import io.github.ebpf4j.vm.Errno;

/**
 * {@code BPF_MAP_TYPE_BLOOM_FILTER}: mirrors kernel/bpf/bloom_filter.c. No keys; push adds a
 * value, peek answers "maybe present" (0) or "certainly absent" ({@code -ENOENT}).
 *
 * <p>Sizing and hashing follow the kernel: {@code nr_hash_funcs} from the low 4 bits of
 * map_extra (5 when 0; {@link MapSpec} has no map_extra, so this is 5 unless given), a bit array
 * of {@code max_entries * nr_hash_funcs * 7 / 5} bits rounded up to a power of two (at least 64),
 * and {@code jhash2}/{@code jhash} with seed {@code hash_seed + i}. With
 * {@link MapFlags#BPF_F_ZERO_SEED} the seed is 0 and false positives match the kernel's; otherwise
 * the kernel picks a random seed, and this map uses the seed it is given.
 */
public final class BloomFilterMap extends BpfMap {
    private static final long MAX_BITS = 1L << 30;

    private final int nrHashFuncs;
    private final long bitsetMask;
    private final long[] bits;
    private final int seed;

    /**
     * @param spec bloom filter spec
     * @param numCpus simulated CPUs
     * @param nrHashFuncs number of hash functions (1-15), 0 for the kernel's default 5
     * @param seed hash seed when the spec does not ask for BPF_F_ZERO_SEED
     */
    BloomFilterMap(MapSpec spec, int numCpus, int nrHashFuncs, int seed) {
        super(spec, numCpus);
        this.nrHashFuncs = nrHashFuncs == 0 ? 5 : nrHashFuncs;
        long nrBits = (long) spec.maxEntries() * this.nrHashFuncs;
        nrBits = nrBits / 5 * 7;
        if (nrBits > MAX_BITS) {
            // the kernel would allocate up to 512 MiB here; we refuse rather than use unbounded memory
            throw new MapException(-Errno.ENOMEM, "map '" + spec.name() + "': bloom filter of " + nrBits
                    + " bits is larger than ebpf4j allows (" + MAX_BITS + ")");
        } else {
            nrBits = nrBits <= 64 ? 64 : Long.highestOneBit(nrBits - 1) << 1;
            bitsetMask = nrBits - 1;
        }
        this.bits = new long[(int) ((nrBits + 63) / 64)];
        this.seed = (spec.flags() & MapFlags.BPF_F_ZERO_SEED) != 0 ? 0 : seed;
    }

    private long hash(byte[] value, int i) {
        int h = valueSize() % 4 == 0 ? JHash.jhash2(value, seed + i) : JHash.jhash(value, seed + i);
        return (h & 0xffffffffL) & bitsetMask;
    }

    private byte[] prefix(byte[] value) {
        checkValue(value, valueSize());
        if (value.length == valueSize()) return value;
        byte[] v = new byte[valueSize()];
        System.arraycopy(value, 0, v, 0, valueSize());
        return v;
    }

    @Override
    public int progPush(byte[] value, long flags) {
        if (flags != MapFlags.BPF_ANY) return -Errno.EINVAL;
        byte[] v = prefix(value);
        for (int i = 0; i < nrHashFuncs; i++) {
            long b = hash(v, i);
            bits[(int) (b >>> 6)] |= 1L << (b & 63);
        }
        return 0;
    }

    @Override
    public int progPeek(byte[] value) {
        byte[] v = prefix(value);
        for (int i = 0; i < nrHashFuncs; i++) {
            long b = hash(v, i);
            if ((bits[(int) (b >>> 6)] & (1L << (b & 63))) == 0) return -Errno.ENOENT;
        }
        return 0;
    }

    @Override
    public int progPop(byte[] value) {
        return -Errno.EOPNOTSUPP;
    }

    @Override
    public int lookup(byte[] key, byte[] value) {
        return progPeek(value);
    }

    @Override
    public int update(byte[] key, byte[] value, long flags) {
        if (frozen()) return -Errno.EPERM;
        return progPush(value, flags);
    }

    @Override
    public int progUpdate(byte[] key, byte[] value, long flags, int cpu) {
        return progPush(value, flags);
    }

    @Override
    public int delete(byte[] key) {
        return -Errno.EOPNOTSUPP;
    }

    @Override
    public int getNextKey(byte[] key, byte[] nextKey) {
        return -Errno.EOPNOTSUPP;
    }
}
