package io.github.ebpf4j.vm.interp;

import io.github.ebpf4j.vm.interp.VmFault.Kind;
import io.github.ebpf4j.vm.isa.Bpf;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The address space of one {@link Interpreter}: the set of live {@link Region}s, each reachable
 * through a tagged 64-bit address. The upper 32 bits of an address are the region's tag
 * ({@code generation << 16 | slot}), the lower 32 bits the index into its backing array plus
 * 2^31 (so a pointer a little before a region still names it, and faults as out of bounds), so
 * translation is one array lookup and one compare; a slot that is unmapped and reused gets a new
 * generation, so a stale pointer to a deleted map value faults instead of reaching the new region.
 * Addresses below 4 GiB (tag 0) are null or plain integers and fault as such.
 *
 * <p>Every access checks {@code start <= index && index <= end - size} on the region's window:
 * both sides are {@code int}s in {@code [0, array.length]} and {@code size <= 8}, so nothing can
 * overflow. Regions mapped read-only refuse stores and atomics. Multi-byte accesses are
 * little-endian ({@link MethodHandles#byteArrayViewVarHandle}); atomics must be naturally aligned
 * and are atomic with respect to other threads using the same backing array.
 *
 * <p>A runtime maps per-run regions (context, packet, map values as lookups return them,
 * ring-buffer records) before or during a run and unmaps them when they die; helpers read and write
 * program memory by address through {@link #read}, {@link #write}, {@link #load}, {@link #store}
 * and {@link #slice}. Not thread-safe: one memory belongs to one interpreter and thread.
 */
public final class Memory {
    /** Upper 32 bits of a function address ({@code BPF_PSEUDO_FUNC}): never a data region's tag. */
    public static final int CODE_TAG = 0x0000_C0DE;
    /** Most regions mapped at the same time (16-bit slot numbers; slot 0 is never used). */
    public static final int MAX_REGIONS = 0xffff;

    private static final VarHandle I16 = MethodHandles.byteArrayViewVarHandle(short[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle I32 = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle I64 = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    private Region[] slots = new Region[16];
    private int[] generations = new int[16];
    private int[] freeSlots = new int[16];
    private int freeCount;
    private int nextSlot = 1;
    private int liveCount;
    private final Map<byte[], Region> byArray = new IdentityHashMap<>();
    private Region legacyPacket;
    private int macHeader;
    private int networkHeader;

    /** Creates an empty address space. */
    public Memory() {}

    // ------------------------------------------------------------------ mapping

    /**
     * Maps a whole array as a plain region.
     *
     * @param kind what it holds
     * @param name name in messages, or null for the kind's label
     * @param array backing bytes (shared, not copied)
     * @param writable whether the program may store to it
     * @return the live region
     */
    public Region map(RegionKind kind, String name, byte[] array, boolean writable) {
        return map(kind, name, array, 0, array.length, writable, null);
    }

    /**
     * Maps a window of an array, optionally with an access hook.
     *
     * @param kind what it holds
     * @param name name in messages, or null for the kind's label
     * @param array backing bytes (shared, not copied)
     * @param start first accessible index
     * @param end index past the last accessible byte
     * @param writable whether the program may store to it
     * @param hook intercepts loads and stores (context field rewriting), or null
     * @return the live region
     * @throws IllegalArgumentException on a bad window
     * @throws IllegalStateException when {@link #MAX_REGIONS} regions are already mapped
     */
    public Region map(RegionKind kind, String name, byte[] array, int start, int end, boolean writable,
            AccessHook hook) {
        if (kind == null || array == null) throw new IllegalArgumentException("kind and array are required");
        if (start < 0 || start > end || end > array.length) {
            throw new IllegalArgumentException("window [" + start + ", " + end + ") outside [0, " + array.length + ")");
        }
        int slot = allocateSlot();
        int gen = generations[slot] % 0x7fff + 1; // 1..0x7fff: tags stay positive and never 0
        generations[slot] = gen;
        Region r = new Region(gen << 16 | slot, array, start, end, writable, kind,
                name == null ? kind.label() : name, hook);
        slots[slot] = r;
        liveCount++;
        byArray.putIfAbsent(array, r);
        return r;
    }

    /**
     * Unmaps a region: later accesses through its addresses fault as wild pointers. Unmapping a
     * region twice, or one of another memory, does nothing.
     *
     * @param region the region
     */
    public void unmap(Region region) {
        int slot = region.tag & 0xffff;
        if (slot >= slots.length || slots[slot] != region) return;
        slots[slot] = null;
        region.live = false;
        liveCount--;
        if (byArray.get(region.array) == region) {
            byArray.remove(region.array);
            for (Region r : slots) {
                if (r != null && r.array == region.array) {
                    byArray.put(r.array, r);
                    break;
                }
            }
        }
        if (legacyPacket == region) legacyPacket = null;
        if (freeCount == freeSlots.length) freeSlots = java.util.Arrays.copyOf(freeSlots, freeCount * 2);
        freeSlots[freeCount++] = slot;
    }

    private int allocateSlot() {
        if (freeCount > 0) return freeSlots[--freeCount];
        if (nextSlot > MAX_REGIONS) {
            throw new IllegalStateException("more than " + MAX_REGIONS + " regions mapped");
        }
        if (nextSlot == slots.length) {
            int n = Math.min(slots.length * 2, MAX_REGIONS + 1);
            slots = java.util.Arrays.copyOf(slots, n);
            generations = java.util.Arrays.copyOf(generations, n);
        }
        return nextSlot++;
    }

    /** @return number of live regions */
    public int regionCount() { return liveCount; }

    /** @return the live regions, in slot order */
    public List<Region> regions() {
        List<Region> out = new ArrayList<>(liveCount);
        for (Region r : slots) if (r != null) out.add(r);
        return out;
    }

    /**
     * @param address any value
     * @return the live region whose tag the address carries (whether or not the offset is inside
     *     its window), or null
     */
    public Region regionOf(long address) {
        int hi = (int) (address >>> 32);
        int slot = hi & 0xffff;
        Region r = slot < slots.length ? slots[slot] : null;
        return r != null && r.tag == hi ? r : null;
    }

    /**
     * @param array a backing array
     * @return a live region backed by exactly this array (the first mapped), or null; lets a
     *     runtime give the same map value the same address on every lookup
     */
    public Region regionOf(byte[] array) {
        return byArray.get(array);
    }

    /**
     * Chooses the packet that legacy LD ABS/IND instructions read (the kernel's {@code skb}
     * linear data): its window is {@code [data, data + headlen)}.
     *
     * @param packet the packet region, or null for none
     * @param macHeader array index of the link-layer header ({@code SKF_LL_OFF} loads)
     * @param networkHeader array index of the network header ({@code SKF_NET_OFF} loads)
     */
    public void setLegacyPacket(Region packet, int macHeader, int networkHeader) {
        this.legacyPacket = packet;
        this.macHeader = macHeader;
        this.networkHeader = networkHeader;
    }

    /** @return the packet LD ABS/IND read, or null */
    public Region legacyPacket() { return legacyPacket; }

    // ------------------------------------------------------------------ access

    /**
     * Resolves an access, checking liveness, bounds and rights.
     *
     * @param address first byte
     * @param size number of bytes (0 to {@code Integer.MAX_VALUE})
     * @param write true for a store
     * @return the region; the array index is {@link #index(long) index(address)}
     * @throws VmFault if the access is not allowed
     */
    public Region resolve(long address, int size, boolean write) {
        int hi = (int) (address >>> 32);
        int slot = hi & 0xffff;
        Region[] s = slots;
        Region r;
        if (slot < s.length && (r = s[slot]) != null && r.tag == hi) {
            int i = index(address);
            if (i >= r.start && i <= r.end - size && size >= 0) {
                if (write && !r.writable) throw readOnly(r, i, size);
                return r;
            }
            throw outOfBounds(r, i, size, write);
        }
        throw unmapped(address, size, write);
    }

    /**
     * @param address first byte
     * @param size number of bytes
     * @param write true to ask for write access
     * @return whether such an access would succeed (for helpers that return -EFAULT instead of
     *     faulting, like {@code bpf_probe_read_kernel})
     */
    public boolean accessible(long address, int size, boolean write) {
        Region r = regionOf(address);
        if (r == null || size < 0) return false;
        int i = index(address);
        return i >= r.start && i <= r.end - size && (!write || r.writable);
    }

    /**
     * Loads 1, 2, 4 or 8 bytes, little-endian, zero-extended.
     *
     * @param address first byte
     * @param size 1, 2, 4 or 8
     * @return the value
     * @throws VmFault if the access is not allowed
     */
    public long load(long address, int size) {
        Region r = resolve(address, size, false);
        int i = index(address);
        if (r.hook != null) return r.hook.load(r, i - r.start, size);
        byte[] a = r.array;
        switch (size) {
            case 1: return a[i] & 0xffL;
            case 2: return (short) I16.get(a, i) & 0xffffL;
            case 4: return (int) I32.get(a, i) & 0xffffffffL;
            default: return (long) I64.get(a, i);
        }
    }

    /**
     * Stores the low 1, 2, 4 or 8 bytes of a value, little-endian.
     *
     * @param address first byte
     * @param size 1, 2, 4 or 8
     * @param value the value
     * @throws VmFault if the access is not allowed
     */
    public void store(long address, int size, long value) {
        Region r = resolve(address, size, true);
        int i = index(address);
        if (r.hook != null) {
            r.hook.store(r, i - r.start, size, value);
            return;
        }
        byte[] a = r.array;
        switch (size) {
            case 1: a[i] = (byte) value; break;
            case 2: I16.set(a, i, (short) value); break;
            case 4: I32.set(a, i, (int) value); break;
            default: I64.set(a, i, value); break;
        }
    }

    /**
     * An atomic read-modify-write (RFC 9669 5.3) of 4 or 8 bytes.
     *
     * @param address first byte, naturally aligned
     * @param size 4 or 8
     * @param op {@link Bpf#BPF_ADD}, {@link Bpf#BPF_OR}, {@link Bpf#BPF_AND}, {@link Bpf#BPF_XOR},
     *     {@link Bpf#BPF_XCHG} or {@link Bpf#BPF_CMPXCHG} (the FETCH bit is ignored)
     * @param operand the source register's value
     * @param expected for CMPXCHG, the value r0 holds
     * @return the old value, zero-extended
     * @throws VmFault if the access is not allowed or not aligned
     */
    public long atomic(long address, int size, int op, long operand, long expected) {
        Region r = resolve(address, size, true);
        int i = index(address);
        if (r.hook != null) {
            throw new VmFault(Kind.BAD_ATOMIC, "atomic access to " + where(r, i) + " is not allowed");
        }
        if ((i & (size - 1)) != 0) {
            throw new VmFault(Kind.BAD_ATOMIC, "misaligned atomic access of " + size + " bytes at " + where(r, i));
        }
        byte[] a = r.array;
        try {
            return size == 4 ? atomic32(a, i, op, (int) operand, (int) expected) & 0xffffffffL
                    : atomic64(a, i, op, operand, expected);
        } catch (IllegalStateException platformMisaligned) {
            // the JVM's array base is not 8-aligned here: fall back to a locked plain update
            synchronized (a) {
                long old = size == 4 ? (int) I32.get(a, i) & 0xffffffffL : (long) I64.get(a, i);
                long upd = AluSemantics.atomicResult(op, old, operand, expected, size);
                if (size == 4) I32.set(a, i, (int) upd); else I64.set(a, i, upd);
                return old;
            }
        }
    }

    private static int atomic32(byte[] a, int i, int op, int v, int expected) {
        switch (op & ~Bpf.BPF_FETCH) {
            case Bpf.BPF_ADD: return (int) I32.getAndAdd(a, i, v);
            case Bpf.BPF_OR: return (int) I32.getAndBitwiseOr(a, i, v);
            case Bpf.BPF_AND: return (int) I32.getAndBitwiseAnd(a, i, v);
            case Bpf.BPF_XOR: return (int) I32.getAndBitwiseXor(a, i, v);
            case Bpf.BPF_XCHG & ~Bpf.BPF_FETCH: return (int) I32.getAndSet(a, i, v);
            default: return (int) I32.compareAndExchange(a, i, expected, v);
        }
    }

    private static long atomic64(byte[] a, int i, int op, long v, long expected) {
        switch (op & ~Bpf.BPF_FETCH) {
            case Bpf.BPF_ADD: return (long) I64.getAndAdd(a, i, v);
            case Bpf.BPF_OR: return (long) I64.getAndBitwiseOr(a, i, v);
            case Bpf.BPF_AND: return (long) I64.getAndBitwiseAnd(a, i, v);
            case Bpf.BPF_XOR: return (long) I64.getAndBitwiseXor(a, i, v);
            case Bpf.BPF_XCHG & ~Bpf.BPF_FETCH: return (long) I64.getAndSet(a, i, v);
            default: return (long) I64.compareAndExchange(a, i, expected, v);
        }
    }

    /**
     * Copies program memory out (for helpers).
     *
     * @param address first byte
     * @param dst destination
     * @param dstOffset index in dst
     * @param length number of bytes
     * @throws VmFault if the range is not readable (hooked regions are read field by field)
     */
    public void read(long address, byte[] dst, int dstOffset, int length) {
        Region r = resolve(address, length, false);
        int i = index(address);
        if (r.hook == null) {
            System.arraycopy(r.array, i, dst, dstOffset, length);
        } else {
            for (int k = 0; k < length; k++) dst[dstOffset + k] = (byte) r.hook.load(r, i - r.start + k, 1);
        }
    }

    /**
     * @param address first byte
     * @param length number of bytes
     * @return a copy of program memory
     * @throws VmFault if the range is not readable
     */
    public byte[] read(long address, int length) {
        if (length < 0) throw outOfBounds(regionOf(address), index(address), length, false);
        resolve(address, length, false); // before allocating: a bogus length must not exhaust the heap
        byte[] out = new byte[length];
        read(address, out, 0, length);
        return out;
    }

    /**
     * Copies bytes into program memory (for helpers).
     *
     * @param address first byte
     * @param src source
     * @param srcOffset index in src
     * @param length number of bytes
     * @throws VmFault if the range is not writable
     */
    public void write(long address, byte[] src, int srcOffset, int length) {
        Region r = resolve(address, length, true);
        int i = index(address);
        if (r.hook == null) {
            System.arraycopy(src, srcOffset, r.array, i, length);
        } else {
            for (int k = 0; k < length; k++) r.hook.store(r, i - r.start + k, 1, src[srcOffset + k]);
        }
    }

    /**
     * A checked view of program memory for helpers that work on the bytes in place.
     *
     * @param address first byte
     * @param length number of bytes
     * @param write whether the helper will write
     * @return the region and the array index of {@code address}
     * @throws VmFault if the range is not accessible that way
     */
    public Slice slice(long address, int length, boolean write) {
        Region r = resolve(address, length, write);
        return new Slice(r, index(address), length);
    }

    /**
     * A checked range of a region's backing array.
     *
     * @param region the region
     * @param index array index of the first byte
     * @param length number of bytes
     */
    public record Slice(Region region, int index, int length) {
        /** @return the backing array */
        public byte[] array() { return region.array; }
    }

    /**
     * Describes an address for messages: {@code ctx+60}, {@code null+4}, or the raw value.
     *
     * @param address any value
     * @return a short description
     */
    public String describe(long address) {
        Region r = regionOf(address);
        if (r != null) return where(r, index(address));
        return "0x" + Long.toHexString(address);
    }

    /**
     * @param address an address carrying a region's tag
     * @return the array index it designates (the low 32 bits minus 2^31, so that an address a
     *     little below a region's start still carries the region's tag)
     */
    public static int index(long address) {
        return (int) address ^ Integer.MIN_VALUE;
    }

    // ------------------------------------------------------------------ faults

    static String where(Region r, int index) {
        // stacks are named from the frame pointer, as the kernel's verifier does: fp-8
        long off = r.kind == RegionKind.STACK ? (long) index - r.end : (long) index - r.start;
        return r.name + (off < 0 ? "" : "+") + off;
    }

    private static VmFault outOfBounds(Region r, int index, int size, boolean write) {
        String what = (write ? "store" : "load") + " of " + size + " bytes";
        if (r == null) return new VmFault(Kind.OUT_OF_BOUNDS, "invalid " + what);
        return new VmFault(Kind.OUT_OF_BOUNDS, "out of bounds " + what + " at " + where(r, index)
                + " (" + r.name + " has " + r.length() + " bytes)");
    }

    private static VmFault readOnly(Region r, int index, int size) {
        return new VmFault(Kind.READ_ONLY, "store of " + size + " bytes to read-only " + where(r, index));
    }

    private static VmFault unmapped(long address, int size, boolean write) {
        String what = (write ? "store" : "load") + " of " + size + " bytes";
        int hi = (int) (address >>> 32);
        if (hi == 0) {
            return new VmFault(Kind.NULL_POINTER, "null pointer: " + what + " at 0x" + Long.toHexString(address));
        }
        if (hi == CODE_TAG) {
            return new VmFault(Kind.WILD_POINTER, what + " at a function address (insn " + (int) address + ")");
        }
        return new VmFault(Kind.WILD_POINTER, "wild pointer: " + what + " at 0x" + Long.toHexString(address)
                + " (no live region there)");
    }

    int macHeader() { return macHeader; }

    int networkHeader() { return networkHeader; }
}
