package io.github.ebpf4j.elf;

/**
 * The one bounds-checked reader through which every byte of an object file is read: a window
 * {@code [base, base + length)} of the file, read in the file's byte order. Every read checks
 * its offset and size against the window with overflow-safe arithmetic and throws
 * {@link ElfFormatException} naming the file, the window's section and the absolute file
 * offset, so no {@code IndexOutOfBoundsException} can escape.
 */
public final class BoundedReader {
    private final byte[] data;
    private final String file;
    private final String section;
    private final int base;
    private final int length;
    private final boolean bigEndian;

    private BoundedReader(byte[] data, String file, String section, int base, int length, boolean bigEndian) {
        this.data = data;
        this.file = file;
        this.section = section;
        this.base = base;
        this.length = length;
        this.bigEndian = bigEndian;
    }

    /**
     * @param data the whole file (not copied; never modified)
     * @param file file name for messages
     * @return a little-endian reader over the whole file
     */
    public static BoundedReader of(byte[] data, String file) {
        return new BoundedReader(data, file, null, 0, data.length, false);
    }

    /** @param big read multi-byte values big-endian @return a reader over the same window */
    public BoundedReader withBigEndian(boolean big) {
        return new BoundedReader(data, file, section, base, length, big);
    }

    /**
     * @param name section name for messages
     * @param off offset of the window inside this one
     * @param size window size
     * @return a reader over {@code [off, off + size)} of this window
     * @throws ElfFormatException if that range is not inside this window
     */
    public BoundedReader window(String name, long off, long size) {
        if (off < 0 || size < 0 || off > length || size > length - off) {
            throw new ElfFormatException(file, name, base + Math.max(0, Math.min(off, length)),
                    "range of " + size + " bytes at offset 0x" + Long.toHexString(off)
                            + " lies outside " + describe() + " (" + length + " bytes)");
        }
        return new BoundedReader(data, file, name, base + (int) off, (int) size, bigEndian);
    }

    private String describe() {
        return section == null ? "the file" : "section '" + section + "'";
    }

    /** @return the window's size in bytes */
    public int length() { return length; }

    /** @return the window's start as a file offset */
    public int base() { return base; }

    /** @return whether values are read big-endian */
    public boolean bigEndian() { return bigEndian; }

    /** @return the file name */
    public String file() { return file; }

    /** @return the window's section name, or null for the whole file */
    public String section() { return section; }

    private int check(long off, int size) {
        if (off < 0 || off > length - size) {
            throw new ElfFormatException(file, section, base + Math.max(0, Math.min(off, length)),
                    "read of " + size + " bytes at 0x" + Long.toHexString(off) + " runs past the end of "
                            + describe() + " (" + length + " bytes)");
        }
        return base + (int) off;
    }

    /** @param off offset in the window @return unsigned byte */
    public int u8(long off) {
        return data[check(off, 1)] & 0xff;
    }

    /** @param off offset in the window @return unsigned 16-bit value */
    public int u16(long off) {
        int p = check(off, 2);
        int a = data[p] & 0xff, b = data[p + 1] & 0xff;
        return bigEndian ? a << 8 | b : b << 8 | a;
    }

    /** @param off offset in the window @return 32-bit value as a signed int */
    public int s32(long off) {
        int p = check(off, 4);
        int v = 0;
        for (int i = 0; i < 4; i++) {
            int b = data[p + (bigEndian ? i : 3 - i)] & 0xff;
            v = v << 8 | b;
        }
        return v;
    }

    /** @param off offset in the window @return unsigned 32-bit value */
    public long u32(long off) {
        return s32(off) & 0xffffffffL;
    }

    /** @param off offset in the window @return 64-bit value */
    public long u64(long off) {
        int p = check(off, 8);
        long v = 0;
        for (int i = 0; i < 8; i++) {
            long b = data[p + (bigEndian ? i : 7 - i)] & 0xffL;
            v = v << 8 | b;
        }
        return v;
    }

    /**
     * @param off offset in the window
     * @param what field name for the message
     * @return an unsigned 32-bit value that must fit a non-negative int
     */
    public int u32AsInt(long off, String what) {
        long v = u32(off);
        if (v > Integer.MAX_VALUE) throw error(off, what + " " + v + " is too large");
        return (int) v;
    }

    /**
     * @param off offset in the window @param len number of bytes
     * @return a copy of the bytes
     */
    public byte[] bytes(long off, long len) {
        if (len < 0 || len > length) throw error(off, "length " + len + " out of range");
        int p = check(off, (int) len);
        byte[] out = new byte[(int) len];
        System.arraycopy(data, p, out, 0, (int) len);
        return out;
    }

    /**
     * @param off offset of a NUL-terminated string in the window
     * @return the string (UTF-8)
     * @throws ElfFormatException if the offset is outside the window or no NUL follows it
     */
    public String cstring(long off) {
        int p = check(off, 0);
        if (off == length) throw error(off, "string offset " + off + " is at the end of " + describe());
        int end = p, limit = base + length;
        while (end < limit && data[end] != 0) end++;
        if (end == limit) throw error(off, "string at 0x" + Long.toHexString(off) + " is not NUL-terminated");
        return new String(data, p, end - p, java.nio.charset.StandardCharsets.UTF_8);
    }

    /**
     * @param off offset in the window (reported as a file offset)
     * @param reason what is wrong
     * @return an exception naming file, section and file offset
     */
    public ElfFormatException error(long off, String reason) {
        long abs = off < 0 ? -1 : base + Math.min(off, (long) length);
        return new ElfFormatException(file, section, abs, reason);
    }
}
