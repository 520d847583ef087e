package io.github.ebpf4j.vm.interp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ebpf4j.vm.isa.Bpf;
import org.junit.jupiter.api.Test;

/** The memory model's contract: translation, bounds, rights, liveness, little-endian access. */
class MemoryTest {
    private final Memory mem = new Memory();

    @Test
    void loadsAndStoresLittleEndian() {
        byte[] b = new byte[16];
        Region r = mem.map(RegionKind.MAP_VALUE, "v", b, true);
        mem.store(r.address(), 8, 0x1122334455667788L);
        assertEquals(0x88, b[0] & 0xff, "RFC 9669 3: little-endian byte order");
        assertEquals(0x7788L, mem.load(r.address(), 2));
        assertEquals(0x55667788L, mem.load(r.address(), 4));
        assertEquals(0x1122334455667788L, mem.load(r.address(), 8));
        mem.store(r.address(9), 1, 0xabcdL);
        assertEquals(0xcd, b[9] & 0xff);
        assertEquals(0xcdL, mem.load(r.address(9), 1), "loads zero-extend");
    }

    @Test
    void outOfBoundsOnBothSidesAndOverflowingOffsets() {
        Region r = mem.map(RegionKind.CONTEXT, "ctx", new byte[24], true);
        assertEquals(0L, mem.load(r.address(16), 8));
        VmFault f = assertThrows(VmFault.class, () -> mem.load(r.address(20), 8));
        assertEquals(VmFault.Kind.OUT_OF_BOUNDS, f.kind());
        assertEquals("out of bounds load of 8 bytes at ctx+20 (ctx has 24 bytes)", f.getMessage());
        assertEquals(VmFault.Kind.OUT_OF_BOUNDS, assertThrows(VmFault.class, () -> mem.load(r.address(-1), 1)).kind());
        // an offset of 2^31 - 4: the index is negative as an int, never wraps into the region
        assertThrows(VmFault.class, () -> mem.load(r.base() + 0x7fff_fffcL, 8));
        assertThrows(VmFault.class, () -> mem.load(r.base() + 0xffff_ffffL, 4));
    }

    @Test
    void nullAndWildPointers() {
        assertEquals(VmFault.Kind.NULL_POINTER, assertThrows(VmFault.class, () -> mem.load(0, 4)).kind());
        assertEquals(VmFault.Kind.NULL_POINTER, assertThrows(VmFault.class, () -> mem.store(16, 4, 1)).kind());
        assertEquals(VmFault.Kind.WILD_POINTER,
                assertThrows(VmFault.class, () -> mem.load(0x7fff_0001_0000_0000L, 4)).kind());
        assertEquals(VmFault.Kind.WILD_POINTER, assertThrows(VmFault.class, () -> mem.load(-1L, 1)).kind());
    }

    @Test
    void readOnlyRegionsRefuseStoresAndAtomics() {
        byte[] b = {1, 2, 3, 4};
        Region r = mem.map(RegionKind.READ_ONLY_DATA, ".rodata", b, false);
        assertEquals(0x04030201L, mem.load(r.address(), 4));
        VmFault f = assertThrows(VmFault.class, () -> mem.store(r.address(), 1, 9));
        assertEquals(VmFault.Kind.READ_ONLY, f.kind());
        assertEquals(VmFault.Kind.READ_ONLY,
                assertThrows(VmFault.class, () -> mem.atomic(r.address(), 4, Bpf.BPF_ADD, 1, 0)).kind());
        assertEquals(1, b[0]);
    }

    @Test
    void unmappedRegionsFaultAndReusedSlotsGetNewTags() {
        Region a = mem.map(RegionKind.MAP_VALUE, null, new byte[8], true);
        long stale = a.address();
        mem.unmap(a);
        assertFalse(a.isLive());
        assertEquals(VmFault.Kind.WILD_POINTER, assertThrows(VmFault.class, () -> mem.load(stale, 8)).kind());
        Region b = mem.map(RegionKind.MAP_VALUE, null, new byte[8], true);
        assertNotEquals(stale, b.address(), "same slot, new generation");
        assertThrows(VmFault.class, () -> mem.load(stale, 8));
        assertEquals(0L, mem.load(b.address(), 8));
        mem.unmap(b);
        mem.unmap(b); // twice: no effect
        assertEquals(0, mem.regionCount());
    }

    @Test
    void regionOfArrayGivesStableAddressesForTheSameValue() {
        byte[] value = new byte[4];
        Region r = mem.map(RegionKind.MAP_VALUE, "flows", value, true);
        assertSame(r, mem.regionOf(value));
        assertSame(r, mem.regionOf(r.address(2)));
        mem.unmap(r);
        assertNull(mem.regionOf(value));
        assertNull(mem.regionOf(r.address()));
    }

    @Test
    void windowMovesWithoutChangingAddresses() {
        byte[] pkt = new byte[256 + 64];
        pkt[256] = 0x45;
        Region r = mem.map(RegionKind.PACKET, "pkt", pkt, 256, 256 + 64, true, null);
        long data = r.address();
        assertEquals(0x45, mem.load(data, 1));
        assertThrows(VmFault.class, () -> mem.load(data - 1, 1), "headroom is outside the window");
        r.window(240, 320); // bpf_xdp_adjust_head(-16)
        assertEquals(0x45, mem.load(data, 1));
        assertEquals(0, mem.load(data - 16, 1));
        assertEquals(data - 16, r.address());
    }

    @Test
    void hooksInterceptContextAccess() {
        long[] seen = new long[3];
        AccessHook hook = new AccessHook() {
            @Override public long load(Region region, int offset, int size) { return 0xdead0000L + offset; }
            @Override public void store(Region region, int offset, int size, long value) {
                seen[0] = offset;
                seen[1] = size;
                seen[2] = value;
            }
        };
        Region ctx = mem.map(RegionKind.CONTEXT, "ctx", new byte[24], 0, 24, true, hook);
        assertEquals(0xdead0004L, mem.load(ctx.address(4), 4));
        mem.store(ctx.address(8), 2, 7);
        assertArrayEquals(new long[] {8, 2, 7}, seen);
        assertThrows(VmFault.class, () -> mem.load(ctx.address(24), 4), "bounds are checked before the hook");
        assertEquals(VmFault.Kind.BAD_ATOMIC,
                assertThrows(VmFault.class, () -> mem.atomic(ctx.address(0), 4, Bpf.BPF_ADD, 1, 0)).kind());
    }

    @Test
    void atomicsReturnOldValueAndRequireAlignment() {
        byte[] b = new byte[16];
        Region r = mem.map(RegionKind.MAP_VALUE, null, b, true);
        mem.store(r.address(8), 8, 40);
        assertEquals(40L, mem.atomic(r.address(8), 8, Bpf.BPF_ADD | Bpf.BPF_FETCH, 2, 0));
        assertEquals(42L, mem.load(r.address(8), 8));
        assertEquals(42L, mem.atomic(r.address(8), 8, Bpf.BPF_CMPXCHG, 7, 42));
        assertEquals(7L, mem.load(r.address(8), 8));
        assertEquals(7L, mem.atomic(r.address(8), 8, Bpf.BPF_CMPXCHG, 9, 42), "no exchange when r0 differs");
        assertEquals(7L, mem.load(r.address(8), 8));
        mem.store(r.address(0), 4, 0xffff_fff0L);
        assertEquals(0xffff_fff0L, mem.atomic(r.address(0), 4, Bpf.BPF_XCHG, 1, 0), "32-bit old value zero-extended");
        assertEquals(VmFault.Kind.BAD_ATOMIC,
                assertThrows(VmFault.class, () -> mem.atomic(r.address(2), 4, Bpf.BPF_ADD, 1, 0)).kind());
    }

    @Test
    void helperAccessors() {
        byte[] b = new byte[8];
        Region r = mem.map(RegionKind.HELPER_BUFFER, "buf", b, true);
        mem.write(r.address(2), new byte[] {1, 2, 3}, 0, 3);
        assertArrayEquals(new byte[] {0, 1, 2, 3}, mem.read(r.address(1), 4));
        assertTrue(mem.accessible(r.address(), 8, true));
        assertFalse(mem.accessible(r.address(1), 8, false));
        assertFalse(mem.accessible(0, 1, false));
        Memory.Slice s = mem.slice(r.address(4), 4, true);
        assertSame(b, s.array());
        assertEquals(4, s.index());
        assertThrows(VmFault.class, () -> mem.read(r.address(6), 4));
        assertThrows(VmFault.class, () -> mem.read(r.address(0), Integer.MAX_VALUE), "checked before allocating");
        assertEquals("buf+3", mem.describe(r.address(3)));
    }
}
