package io.github.ebpf4j.vm.maps;

import io.github.ebpf4j.vm.Errno;
import java.util.ArrayList;
import java.util.List;

/**
 * A BPF map with the kernel's semantics, usable from two sides:
 *
 * <ul>
 *   <li>user space, like the {@code bpf()} syscall and libbpf's {@code bpf_map_*_elem()}:
 *       {@link #lookup(byte[], byte[])}, {@link #update(byte[], byte[], long)},
 *       {@link #delete(byte[])}, {@link #getNextKey(byte[], byte[])}, the batch operations; these
 *       return 0 or a negative errno ({@link Errno}) exactly where the kernel would;</li>
 *   <li>the program, through helpers: the {@code prog*} methods. {@link #progLookup(byte[], int)}
 *       returns the element's value array itself, which stays the same array while the element
 *       exists, so an interpreter can hand the program a pointer into it.</li>
 * </ul>
 *
 * <p>Per-CPU maps keep one value per simulated CPU; program-side calls name the CPU they run on.
 * User space sees all CPUs' values concatenated, each padded to a multiple of 8 bytes, as the
 * kernel copies them. Not thread-safe: one run at a time.
 */
public abstract class BpfMap {
    private final MapSpec spec;
    private final int numCpus;
    private int spinLockOffset = -1;

    /**
     * @param spec what the map is
     * @param numCpus number of simulated CPUs (per-CPU values, perf event arrays)
     */
    protected BpfMap(MapSpec spec, int numCpus) {
        this.spec = spec;
        this.numCpus = numCpus;
    }

    /** @return the specification the map was created from */
    public final MapSpec spec() { return spec; }

    /** @return the map's name */
    public final String name() { return spec.name(); }

    /** @return the map's type */
    public final MapType type() { return spec.type(); }

    /** @return key size in bytes */
    public final int keySize() { return spec.keySize(); }

    /** @return value size in bytes, as the program sees one value */
    public final int valueSize() { return spec.valueSize(); }

    /** @return maximum number of entries */
    public int maxEntries() { return spec.maxEntries(); }

    /** @return number of simulated CPUs */
    public final int numCpus() { return numCpus; }

    /** @return true if every element holds one value per CPU */
    public boolean isPerCpu() { return false; }

    /** @return size of a value as user space reads and writes it */
    public int userValueSize() {
        return isPerCpu() ? numCpus * roundUp8(valueSize()) : valueSize();
    }

    /** @return true if programs may not write the map's values (BPF_F_RDONLY_PROG or frozen) */
    public boolean readOnlyForProgram() {
        return spec.frozen() || (spec.flags() & MapFlags.BPF_F_RDONLY_PROG) != 0;
    }

    /**
     * Declares that values hold a {@code struct bpf_spin_lock} (known from BTF in the kernel),
     * which enables {@link MapFlags#BPF_F_LOCK} updates.
     *
     * @param offset byte offset of the 4-byte lock inside the value, or -1 for none
     */
    public void setSpinLockOffset(int offset) {
        if (offset != -1 && (offset < 0 || offset % 4 != 0 || offset + 4 > valueSize())) {
            throw new MapException(-Errno.EINVAL, "map '" + name() + "': spin lock offset " + offset
                    + " outside the " + valueSize() + "-byte value");
        }
        this.spinLockOffset = offset;
    }

    /** @return byte offset of the value's spin lock, or -1 */
    public int spinLockOffset() { return spinLockOffset; }

    // ---------------------------------------------------------------- user space (bpf syscall)

    /**
     * {@code BPF_MAP_LOOKUP_ELEM}.
     *
     * @param key key bytes ({@link #keySize()} long; null for maps without keys)
     * @param value receives {@link #userValueSize()} bytes
     * @return 0, or a negative errno ({@code -ENOENT} if absent)
     */
    public abstract int lookup(byte[] key, byte[] value);

    /**
     * {@code BPF_MAP_UPDATE_ELEM}.
     *
     * @param key key bytes (null for queue, stack, bloom filter)
     * @param value {@link #userValueSize()} bytes
     * @param flags {@link MapFlags#BPF_ANY}, {@link MapFlags#BPF_NOEXIST}, {@link MapFlags#BPF_EXIST},
     *     optionally with {@link MapFlags#BPF_F_LOCK}
     * @return 0, or a negative errno
     */
    public abstract int update(byte[] key, byte[] value, long flags);

    /**
     * {@code BPF_MAP_DELETE_ELEM}.
     *
     * @param key key bytes
     * @return 0, or a negative errno
     */
    public abstract int delete(byte[] key);

    /**
     * {@code BPF_MAP_GET_NEXT_KEY}: with a null or absent key, the first key.
     *
     * @param key current key, or null
     * @param nextKey receives the next key
     * @return 0, or {@code -ENOENT} after the last key, or another negative errno
     */
    public abstract int getNextKey(byte[] key, byte[] nextKey);

    /**
     * {@code BPF_MAP_LOOKUP_AND_DELETE_ELEM}: supported by hash maps (and pop on queues and
     * stacks), {@code -ENOTSUPP} elsewhere, as in the kernel.
     *
     * @param key key bytes, or null for queue and stack
     * @param value receives the value
     * @return 0, or a negative errno
     */
    public int lookupAndDelete(byte[] key, byte[] value) {
        return -Errno.ENOTSUPP;
    }

    /**
     * Freezes the map for user space ({@code BPF_MAP_FREEZE}): later updates from user space
     * fail with {@code -EPERM}. Programs may still write unless the map is read-only for them.
     */
    public void freeze() {
        frozen = true;
    }

    private boolean frozen;

    /** @return true once {@link #freeze()} was called or the spec says frozen */
    public boolean frozen() {
        return frozen || spec.frozen();
    }

    // ---------------------------------------------------------------- convenience

    /**
     * @param key key bytes
     * @return a copy of the value as user space sees it, or null if the lookup fails
     */
    public byte[] lookup(byte[] key) {
        byte[] v = new byte[userValueSize()];
        return lookup(key, v) == 0 ? v : null;
    }

    /**
     * Updates with {@link MapFlags#BPF_ANY} and throws instead of returning an errno.
     *
     * @param key key bytes
     * @param value value bytes
     * @throws MapException with the kernel's errno if the update fails
     */
    public void put(byte[] key, byte[] value) {
        int err = update(key, value, MapFlags.BPF_ANY);
        if (err != 0) throw new MapException(err, "map '" + name() + "': update failed");
    }

    /** @return every key, in {@link #getNextKey} order */
    public List<byte[]> keys() {
        List<byte[]> out = new ArrayList<>();
        if (keySize() == 0) return out;
        byte[] cur = null;
        long guard = (long) Math.max(maxEntries(), 0) + 1;
        while (guard-- > 0) {
            byte[] next = new byte[keySize()];
            if (getNextKey(cur, next) != 0) break;
            out.add(next);
            cur = next;
        }
        return out;
    }

    /** @return every element as user space would dump it, in {@link #getNextKey} order */
    public List<MapEntry> entries() {
        List<MapEntry> out = new ArrayList<>();
        for (byte[] k : keys()) {
            byte[] v = lookup(k);
            if (v != null) out.add(new MapEntry(k, v));
        }
        return out;
    }

    // ---------------------------------------------------------------- batch operations

    /**
     * {@code BPF_MAP_LOOKUP_BATCH}, the generic way ({@code generic_map_lookup_batch()}): walks
     * {@link #getNextKey} from {@code after}.
     *
     * @param after the cursor returned by the previous batch, or null to start
     * @param max maximum number of elements
     * @return the elements; errno {@code -ENOENT} once the walk reached the end
     */
    public BatchResult lookupBatch(byte[] after, int max) {
        return walkBatch(after, max, false);
    }

    /**
     * {@code BPF_MAP_LOOKUP_AND_DELETE_BATCH}.
     *
     * @param after cursor, or null
     * @param max maximum number of elements
     * @return the elements read and deleted
     */
    public BatchResult lookupAndDeleteBatch(byte[] after, int max) {
        if (!supportsDelete()) return new BatchResult(0, -Errno.ENOTSUPP, List.of(), null);
        return walkBatch(after, max, true);
    }

    private BatchResult walkBatch(byte[] after, int max, boolean delete) {
        if (max <= 0 || keySize() == 0) return new BatchResult(0, -Errno.EINVAL, List.of(), null);
        List<MapEntry> got = new ArrayList<>();
        byte[] cur = after;
        int err = 0;
        while (got.size() < max) {
            byte[] next = new byte[keySize()];
            int r = getNextKey(cur, next);
            if (r != 0) {
                err = r;
                break;
            }
            byte[] v = new byte[userValueSize()];
            if (lookup(next, v) == 0) got.add(new MapEntry(next, v));
            cur = next;
        }
        if (delete) {
            for (MapEntry e : got) delete(e.key());
            cur = null;
        }
        return new BatchResult(got.size(), err, got, cur);
    }

    /**
     * {@code BPF_MAP_UPDATE_BATCH}: updates element by element, stopping at the first failure.
     *
     * @param keys keys
     * @param values values, one per key
     * @param flags update flags for every element
     * @return how many were updated, and the errno that stopped the batch (0 if none)
     */
    public BatchResult updateBatch(List<byte[]> keys, List<byte[]> values, long flags) {
        if (keys.size() != values.size()) return new BatchResult(0, -Errno.EINVAL, List.of(), null);
        int n = 0;
        for (; n < keys.size(); n++) {
            int err = update(keys.get(n), values.get(n), flags);
            if (err != 0) return new BatchResult(n, err, List.of(), null);
        }
        return new BatchResult(n, 0, List.of(), null);
    }

    /**
     * {@code BPF_MAP_DELETE_BATCH}: deletes element by element, stopping at the first failure.
     *
     * @param keys keys
     * @return how many were deleted, and the errno that stopped the batch (0 if none)
     */
    public BatchResult deleteBatch(List<byte[]> keys) {
        int n = 0;
        for (; n < keys.size(); n++) {
            int err = delete(keys.get(n));
            if (err != 0) return new BatchResult(n, err, List.of(), null);
        }
        return new BatchResult(n, 0, List.of(), null);
    }

    /** @return whether delete is meaningful (false for arrays) */
    protected boolean supportsDelete() {
        return true;
    }

    // ---------------------------------------------------------------- program side (helpers)

    /**
     * {@code bpf_map_lookup_elem()} from a program.
     *
     * @param key key bytes
     * @param cpu CPU the program runs on
     * @return the element's value array for that CPU (the live storage, not a copy), or null
     */
    public byte[] progLookup(byte[] key, int cpu) {
        return null;
    }

    /**
     * {@code bpf_map_update_elem()} from a program.
     *
     * @param key key bytes
     * @param value {@link #valueSize()} bytes
     * @param flags update flags
     * @param cpu CPU the program runs on
     * @return 0 or a negative errno
     */
    public int progUpdate(byte[] key, byte[] value, long flags, int cpu) {
        return -Errno.EOPNOTSUPP;
    }

    /**
     * {@code bpf_map_delete_elem()} from a program.
     *
     * @param key key bytes
     * @param cpu CPU the program runs on
     * @return 0 or a negative errno
     */
    public int progDelete(byte[] key, int cpu) {
        return -Errno.EOPNOTSUPP;
    }

    /**
     * {@code bpf_map_push_elem()}.
     *
     * @param value value bytes
     * @param flags 0 or {@link MapFlags#BPF_EXIST} (overwrite the oldest when full)
     * @return 0 or a negative errno
     */
    public int progPush(byte[] value, long flags) {
        return -Errno.ENOTSUPP;
    }

    /**
     * {@code bpf_map_pop_elem()}.
     *
     * @param value receives the value
     * @return 0 or a negative errno
     */
    public int progPop(byte[] value) {
        return -Errno.ENOTSUPP;
    }

    /**
     * {@code bpf_map_peek_elem()}.
     *
     * @param value receives the value
     * @return 0 or a negative errno
     */
    public int progPeek(byte[] value) {
        return -Errno.ENOTSUPP;
    }

    // ---------------------------------------------------------------- shared checks

    /**
     * @param key key bytes given by the caller
     * @throws MapException if the key has the wrong length
     */
    protected final void checkKey(byte[] key) {
        if (key == null || key.length != keySize()) {
            throw new MapException(-Errno.EINVAL, "map '" + name() + "': key of "
                    + (key == null ? "null" : key.length + " bytes") + ", expected " + keySize());
        }
    }

    /**
     * @param value value bytes given by the caller
     * @param size expected size
     * @throws MapException if the value has the wrong length
     */
    protected final void checkValue(byte[] value, int size) {
        if (value == null || value.length < size) {
            throw new MapException(-Errno.EINVAL, "map '" + name() + "': value of "
                    + (value == null ? "null" : value.length + " bytes") + ", expected " + size);
        }
    }

    /**
     * Kernel rule shared by hash tables, arrays and tries: flags other than ANY/NOEXIST/EXIST
     * (LOCK aside) are invalid, and LOCK needs a spin lock in the value.
     *
     * @param flags update flags
     * @param lockAllowed whether the map type accepts BPF_F_LOCK at all
     * @return 0 or {@code -EINVAL}
     */
    protected final int checkUpdateFlags(long flags, boolean lockAllowed) {
        long base = lockAllowed ? flags & ~MapFlags.BPF_F_LOCK : flags;
        if (base < 0 || base > MapFlags.BPF_EXIST) return -Errno.EINVAL;
        if ((flags & MapFlags.BPF_F_LOCK) != 0 && lockAllowed && spinLockOffset < 0) return -Errno.EINVAL;
        return 0;
    }

    /**
     * Copies a value into an element's storage, skipping the spin lock word when asked
     * ({@code copy_map_value} / {@code copy_map_value_locked}).
     *
     * @param dst element storage
     * @param src source value
     * @param srcOff offset in the source
     */
    protected final void copyValue(byte[] dst, byte[] src, int srcOff) {
        int n = valueSize();
        if (spinLockOffset < 0) {
            System.arraycopy(src, srcOff, dst, 0, n);
        } else {
            // the lock word itself is never copied (copy_map_value skips special fields)
            System.arraycopy(src, srcOff, dst, 0, spinLockOffset);
            int after = spinLockOffset + 4;
            System.arraycopy(src, srcOff + after, dst, after, n - after);
        }
    }

    /** @param n size @return n rounded up to a multiple of 8 */
    protected static int roundUp8(int n) {
        return (n + 7) & ~7;
    }

    /** @return a short description for messages */
    @Override
    public String toString() {
        return type().name().toLowerCase(java.util.Locale.ROOT) + " map '" + name() + "' (key "
                + keySize() + ", value " + valueSize() + ", max " + maxEntries() + ")";
    }
}
