package io.github.ebpf4j.vm.interp;

/**
 * A range of bytes the program may address: a window {@code [start, end)} of a backing
 * {@code byte[]}, mapped into a {@link Memory} at a tagged 64-bit address. The address of
 * {@code array[i]} is {@code base() + i} for as long as the region stays mapped, even when the
 * window moves (a packet whose head is adjusted keeps the addresses of its bytes). Only bytes
 * inside the window are accessible.
 *
 * <p>Create regions with {@link Memory#map}; a region is live until {@link Memory#unmap}. Not
 * thread-safe: change its window only from the thread that runs the interpreter owning it.
 */
public final class Region {
    final int tag;
    final byte[] array;
    int start;
    int end;
    final boolean writable;
    final RegionKind kind;
    final String name;
    final AccessHook hook;
    boolean live = true;

    Region(int tag, byte[] array, int start, int end, boolean writable, RegionKind kind, String name,
            AccessHook hook) {
        this.tag = tag;
        this.array = array;
        this.start = start;
        this.end = end;
        this.writable = writable;
        this.kind = kind;
        this.name = name;
        this.hook = hook;
    }

    /** @return the address of {@code array()[0]} (the window may start later) */
    public long base() {
        return ((long) tag << 32) + 0x8000_0000L;
    }

    /** @return the address of the first byte of the window */
    public long address() {
        return base() + start;
    }

    /**
     * @param offset offset from the start of the window (may be negative or beyond the end: a
     *     pointer may go out of bounds as long as it is not dereferenced)
     * @return the address of that byte
     */
    public long address(int offset) {
        return base() + start + offset;
    }

    /** @return the backing array (shared, not copied) */
    public byte[] array() { return array; }

    /** @return index in {@link #array()} of the window's first byte */
    public int start() { return start; }

    /** @return index in {@link #array()} just past the window's last byte */
    public int end() { return end; }

    /** @return number of accessible bytes */
    public int length() { return end - start; }

    /** @return whether the program may store to it */
    public boolean writable() { return writable; }

    /** @return what it holds */
    public RegionKind kind() { return kind; }

    /** @return its name in messages (e.g. {@code "ctx"}, {@code "map_value(flows)"}) */
    public String name() { return name; }

    /** @return the access hook, or null for plain byte access */
    public AccessHook hook() { return hook; }

    /** @return true until unmapped */
    public boolean isLive() { return live; }

    /**
     * Moves the accessible window (e.g. {@code bpf_xdp_adjust_head}); addresses of bytes do not
     * change.
     *
     * @param start first accessible index in the array
     * @param end index past the last accessible byte
     * @throws IllegalArgumentException if not {@code 0 <= start <= end <= array().length}
     */
    public void window(int start, int end) {
        if (start < 0 || start > end || end > array.length) {
            throw new IllegalArgumentException("window [" + start + ", " + end + ") outside [0, "
                    + array.length + ")");
        }
        this.start = start;
        this.end = end;
    }

    @Override
    public String toString() {
        return name + "[" + length() + " bytes at 0x" + Long.toHexString(address())
                + (writable ? "" : ", read-only") + (live ? "" : ", unmapped") + "]";
    }
}
