package io.github.ebpf4j.vm.prog;

/**
 * One field of a program context structure as the program sees it (the uapi struct, not the
 * kernel's internal one): name, byte offset and size.
 *
 * @param name field name as in the uapi header; array elements as {@code cb[2]}
 * @param offset byte offset in the structure
 * @param size size in bytes
 */
public record CtxField(String name, int offset, int size) {
    /** @return offset just past the field ({@code offsetofend}) */
    public int end() {
        return offset + size;
    }

    /**
     * @param off byte offset
     * @param len access size
     * @return whether {@code [off, off + len)} lies inside this field
     */
    public boolean covers(int off, int len) {
        return off >= offset && off + len <= end();
    }
}
