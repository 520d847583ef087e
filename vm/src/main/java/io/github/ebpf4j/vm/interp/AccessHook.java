package io.github.ebpf4j.vm.interp;

/**
 * Intercepts the program's loads and stores to one region, the way the kernel rewrites context
 * accesses ({@code convert_ctx_access()}): a 4-byte load of {@code xdp_md->data} must give the
 * program a full 64-bit packet pointer, a store to a read-only field must fault. A region with a
 * hook is accessed only through it (bounds are checked before the hook is called); atomics on such
 * a region fault, as the kernel refuses them on the context.
 */
public interface AccessHook {
    /**
     * @param region the region accessed
     * @param offset byte offset from the start of the region's window
     * @param size 1, 2, 4 or 8
     * @return the loaded value, zero-extended to 64 bits
     * @throws VmFault to refuse the access
     */
    long load(Region region, int offset, int size);

    /**
     * @param region the region accessed
     * @param offset byte offset from the start of the region's window
     * @param size 1, 2, 4 or 8
     * @param value the value; only its low {@code size} bytes matter
     * @throws VmFault to refuse the access
     */
    void store(Region region, int offset, int size, long value);
}
