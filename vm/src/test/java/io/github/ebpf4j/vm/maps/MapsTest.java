package io.github.ebpf4j.vm.maps;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ebpf4j.vm.Errno;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/** User-space map API and the map families kernel-oracle cannot create. Sources cited per test. */
class MapsTest {
    private static final HexFormat HEX = HexFormat.of();

    static byte[] u32(long v) {
        byte[] b = new byte[4];
        ArrayIndex.put(v, b);
        return b;
    }

    static byte[] u64(long v) {
        byte[] b = new byte[8];
        for (int i = 0; i < 8; i++) b[i] = (byte) (v >>> (8 * i));
        return b;
    }

    static byte[] lpm(int plen, int a, int b, int c, int d) {
        return new byte[] {(byte) plen, (byte) (plen >>> 8), 0, 0, (byte) a, (byte) b, (byte) c, (byte) d};
    }

    @Test
    void arrayGetNextKeyAndNoDelete() {
        // array_map_get_next_key(), array_map_delete_elem() in kernel/bpf/arraymap.c
        BpfMap a = new MapTable().create(MapSpec.of("a", MapType.ARRAY, 4, 8, 3));
        byte[] next = new byte[4];
        assertEquals(0, a.getNextKey(null, next));
        assertArrayEquals(u32(0), next);
        assertEquals(0, a.getNextKey(u32(1), next));
        assertArrayEquals(u32(2), next);
        assertEquals(-Errno.ENOENT, a.getNextKey(u32(2), next));
        assertEquals(0, a.getNextKey(u32(77), next));
        assertArrayEquals(u32(0), next);
        assertEquals(-Errno.EINVAL, a.delete(u32(0)));
        assertEquals(3, a.keys().size());
    }

    @Test
    void arrayValueArrayIsStableAndGlobalDataInitialised() {
        MapSpec spec = new MapSpec(".data", MapType.ARRAY, 4, 4, 1, 0, null, new byte[] {1, 2, 3, 4}, false);
        ArrayMap a = (ArrayMap) new MapTable().create(spec);
        byte[] v = a.progLookup(u32(0), 0);
        assertArrayEquals(new byte[] {1, 2, 3, 4}, v);
        a.put(u32(0), new byte[] {9, 9, 9, 9});
        assertSame(v, a.progLookup(u32(0), 0));
        assertArrayEquals(new byte[] {9, 9, 9, 9}, v);
        assertSame(v, a.valueAt(0, 0));
    }

    @Test
    void frozenMapRefusesUserUpdates() {
        // BPF_MAP_FREEZE: map_update_elem() returns -EPERM once frozen (kernel/bpf/syscall.c)
        BpfMap a = new MapTable().create(MapSpec.of("a", MapType.ARRAY, 4, 4, 1));
        a.freeze();
        assertEquals(-Errno.EPERM, a.update(u32(0), u32(1), MapFlags.BPF_ANY));
        assertEquals(0, a.progUpdate(u32(0), u32(1), MapFlags.BPF_ANY, 0));
    }

    @Test
    void perCpuValuesAsUserSpaceSeesThem() {
        // bpf_percpu_array_copy(): each CPU's value at a multiple of round_up(value_size, 8)
        BpfMap a = new MapTable(3, 0).create(MapSpec.of("p", MapType.PERCPU_ARRAY, 4, 4, 2));
        assertEquals(24, a.userValueSize());
        a.progUpdate(u32(1), u32(7), MapFlags.BPF_ANY, 2);
        assertEquals("000000000000000000000000000000000700000000000000", HEX.formatHex(a.lookup(u32(1))));
        a.update(u32(1), HEX.parseHex("010000000000000002000000000000000300000000000000"), MapFlags.BPF_ANY);
        assertArrayEquals(u32(2), a.progLookup(u32(1), 1));
    }

    @Test
    void hashGetNextKeyAndBatches() {
        BpfMap h = new MapTable().create(MapSpec.of("h", MapType.HASH, 4, 8, 8));
        for (int i = 1; i <= 5; i++) h.put(u32(i), u64(i * 10));
        byte[] next = new byte[4];
        // get_next_key with a key that is absent restarts at the first key (htab_map_get_next_key)
        assertEquals(0, h.getNextKey(u32(99), next));
        assertEquals(5, h.keys().size());
        BatchResult b1 = h.lookupBatch(null, 3);
        assertEquals(3, b1.count());
        assertEquals(0, b1.errno());
        BatchResult b2 = h.lookupBatch(b1.next(), 3);
        assertEquals(2, b2.count());
        assertEquals(-Errno.ENOENT, b2.errno(), "the kernel ends a lookup batch with -ENOENT");
        BatchResult d = h.deleteBatch(List.of(u32(1), u32(2), u32(42), u32(3)));
        assertEquals(2, d.count());
        assertEquals(-Errno.ENOENT, d.errno());
        BatchResult u = h.updateBatch(List.of(u32(6), u32(4)), List.of(u64(60), u64(40)), MapFlags.BPF_NOEXIST);
        assertEquals(1, u.count());
        assertEquals(-Errno.EEXIST, u.errno());
        BatchResult ld = h.lookupAndDeleteBatch(null, 10);
        assertEquals(4, ld.count());
        assertEquals(0, h.keys().size());
        assertEquals(-Errno.ENOTSUPP, new MapTable().create(MapSpec.of("a", MapType.ARRAY, 4, 4, 1))
                .lookupAndDelete(u32(0), new byte[4]));
    }

    @Test
    void wrongKeyLengthIsAnError() {
        BpfMap h = new MapTable().create(MapSpec.of("h", MapType.HASH, 4, 8, 8));
        MapException e = assertThrows(MapException.class, () -> h.update(new byte[3], u64(1), 0));
        assertTrue(e.getMessage().contains("map 'h'"), e.getMessage());
    }

    @Test
    void lpmGetNextKeyIsThePostOrderOfTheKernelComment() {
        // kernel/bpf/lpm_trie.c, trie_get_next_key(): "For the 4 node example in the top of this
        // file, the trie_get_next_key() returns the following one after another: 192.168.0.0/24,
        // 192.168.1.0/24, 192.168.128.0/24, 192.168.0.0/16"
        BpfMap t = new MapTable().create(new MapSpec("t", MapType.LPM_TRIE, 8, 1, 8, MapFlags.BPF_F_NO_PREALLOC,
                null, null, false));
        t.put(lpm(16, 192, 168, 0, 0), new byte[] {1});
        t.put(lpm(24, 192, 168, 0, 0), new byte[] {2});
        t.put(lpm(24, 192, 168, 1, 0), new byte[] {3});
        t.put(lpm(24, 192, 168, 128, 0), new byte[] {4});
        List<byte[]> keys = t.keys();
        assertArrayEquals(lpm(24, 192, 168, 0, 0), keys.get(0));
        assertArrayEquals(lpm(24, 192, 168, 1, 0), keys.get(1));
        assertArrayEquals(lpm(24, 192, 168, 128, 0), keys.get(2));
        assertArrayEquals(lpm(16, 192, 168, 0, 0), keys.get(3));
        assertArrayEquals(new byte[] {3}, t.lookup(lpm(32, 192, 168, 1, 77)));
        assertArrayEquals(new byte[] {1}, t.lookup(lpm(32, 192, 168, 2, 77)));
    }

    @Test
    void queueAndStackUserSide() {
        BpfMap q = new MapTable().create(MapSpec.of("q", MapType.QUEUE, 0, 4, 2));
        assertEquals(0, q.update(null, u32(1), MapFlags.BPF_ANY));
        assertEquals(0, q.update(null, u32(2), MapFlags.BPF_ANY));
        byte[] v = new byte[4];
        assertEquals(0, q.lookup(null, v));
        assertArrayEquals(u32(1), v);
        assertEquals(0, q.lookupAndDelete(null, v));
        assertArrayEquals(u32(1), v);
        assertEquals(-Errno.EINVAL, q.delete(null));
        assertEquals(-Errno.EINVAL, q.getNextKey(null, new byte[4]));
    }

    @Test
    void jhashMatchesLookup3() {
        // Bob Jenkins' lookup3.c driver5(): hashlittle("Four score and seven years ago", 30, 0)
        // = 0x17770551 and with initval 1 = 0xcd628161; the kernel's jhash() is hashlittle()
        byte[] s = "Four score and seven years ago".getBytes(StandardCharsets.US_ASCII);
        assertEquals(0x17770551, JHash.jhash(s, 0));
        assertEquals(0xcd628161, JHash.jhash(s, 1));
        assertEquals(0xdeadbeef, JHash.jhash(new byte[0], 0));
    }

    @Test
    void bloomFilterHasNoFalseNegatives() {
        BpfMap b = new MapTable().create(new MapSpec("b", MapType.BLOOM_FILTER, 0, 4, 100, MapFlags.BPF_F_ZERO_SEED,
                null, null, false));
        for (int i = 0; i < 100; i++) assertEquals(0, b.progPush(u32(i * 7919L), 0));
        for (int i = 0; i < 100; i++) assertEquals(0, b.progPeek(u32(i * 7919L)));
        int falsePositives = 0;
        for (int i = 0; i < 1000; i++) if (b.progPeek(u32(1_000_000 + i)) == 0) falsePositives++;
        assertTrue(falsePositives < 100, "false positives " + falsePositives);
    }

    @Test
    void ringBufferReserveSubmitDiscardAndFull() {
        // kernel/bpf/ringbuf.c: records take round_up(size + 8, 8); producer may not get more
        // than size - 1 bytes ahead of the consumer; output with unknown flags is -EINVAL
        RingBufMap rb = (RingBufMap) new MapTable().create(MapSpec.of("rb", MapType.RINGBUF, 0, 0, 4096));
        byte[] s1 = rb.progReserve(10, 0);
        assertNotNull(s1);
        assertNull(rb.progReserve(10, 1), "flags must be 0");
        assertEquals(24, rb.progQuery(3));
        byte[] s2 = rb.progReserve(4, 0);
        s1[0] = 42;
        assertTrue(rb.progCommit(s1, false));
        assertTrue(rb.progCommit(s2, true));
        assertEquals(-Errno.EINVAL, rb.progOutput(new byte[3], 4));
        assertEquals(0, rb.progOutput(new byte[] {7, 7, 7}, MapFlags.BPF_RB_NO_WAKEUP));
        List<byte[]> got = rb.consume();
        assertEquals(2, got.size());
        assertEquals(42, got.get(0)[0]);
        assertArrayEquals(new byte[] {7, 7, 7}, got.get(1));
        assertEquals(rb.producerPosition(), rb.consumerPosition());
        // fill: 4088 bytes of payload need 4096 bytes, which is not < 4096
        assertNull(rb.progReserve(4088, 0));
        assertNotNull(rb.progReserve(4080, 0));
        assertEquals(-Errno.EAGAIN, rb.progOutput(new byte[1], 0));
        assertEquals(4096, rb.progQuery(1));
        assertEquals(-Errno.ENOTSUPP, rb.lookup(null, new byte[0]));
    }

    @Test
    void perfEventArrayOutput() {
        // __bpf_perf_event_output(): index past the end -E2BIG, empty slot -ENOENT, another CPU's
        // event -EOPNOTSUPP, unknown flag bits -EINVAL
        MapTable t = new MapTable(2, 0);
        PerfEventArrayMap p = (PerfEventArrayMap) t.create(MapSpec.of("ev", MapType.PERF_EVENT_ARRAY, 4, 4, 2));
        assertEquals(-Errno.ENOENT, p.progOutput(MapFlags.BPF_F_CURRENT_CPU, 0, new byte[] {1}));
        p.openAllCpus();
        assertEquals(0, p.progOutput(MapFlags.BPF_F_CURRENT_CPU, 1, new byte[] {1}));
        assertEquals(-Errno.EOPNOTSUPP, p.progOutput(0, 1, new byte[] {1}));
        assertEquals(-Errno.E2BIG, p.progOutput(5, 1, new byte[] {1}));
        assertEquals(-Errno.EINVAL, p.progOutput(1L << 60, 1, new byte[] {1}));
        assertEquals(1, p.events().size());
        assertEquals(1, p.drain().get(0).cpu());
        assertEquals(2, t.createLikeLibbpf(MapSpec.of("ev0", MapType.PERF_EVENT_ARRAY, 4, 4, 0)).maxEntries());
    }

    @Test
    void progArrayIsAnFdArray() {
        // bpf_fd_array_map_update_elem(): only BPF_ANY; index past the end -E2BIG
        BpfMap pa = new MapTable().create(MapSpec.of("jmp", MapType.PROG_ARRAY, 4, 4, 2));
        assertEquals(-Errno.EINVAL, pa.update(u32(0), u32(5), MapFlags.BPF_NOEXIST));
        assertEquals(-Errno.E2BIG, pa.update(u32(2), u32(5), MapFlags.BPF_ANY));
        assertEquals(0, pa.update(u32(1), u32(5), MapFlags.BPF_ANY));
        assertEquals(5, ((FdArrayMap) pa).slot(1));
        assertEquals(-Errno.ENOENT, pa.delete(u32(0)));
        assertEquals(0, pa.delete(u32(1)));
    }

    @Test
    void mapOfMapsChecksTheTemplate() {
        MapTable t = new MapTable();
        MapSpec inner = MapSpec.of("inner", MapType.ARRAY, 4, 4, 1);
        BpfMap outer = t.create(new MapSpec("outer", MapType.ARRAY_OF_MAPS, 4, 4, 2, 0, inner, null, false));
        BpfMap ok = t.create(inner);
        BpfMap wrong = t.create(MapSpec.of("wrong", MapType.ARRAY, 4, 8, 1));
        assertEquals(0, outer.update(u32(0), u32(t.fd(ok)), MapFlags.BPF_ANY));
        assertEquals(-Errno.EINVAL, outer.update(u32(1), u32(t.fd(wrong)), MapFlags.BPF_ANY));
        assertEquals(-Errno.EBADF, outer.update(u32(1), u32(999), MapFlags.BPF_ANY));
        assertSame(ok, ((MapOfMaps) outer).progLookupMap(u32(0)));
        assertNull(((MapOfMaps) outer).progLookupMap(u32(1)));
        BpfMap hom = t.create(new MapSpec("hom", MapType.HASH_OF_MAPS, 4, 4, 1, 0, inner, null, false));
        assertEquals(0, ((MapOfMaps) hom).setInner(u32(7), ok, MapFlags.BPF_ANY));
        assertEquals(-Errno.E2BIG, ((MapOfMaps) hom).setInner(u32(8), ok, MapFlags.BPF_ANY));
        assertThrows(MapException.class,
                () -> t.create(MapSpec.of("bad", MapType.ARRAY_OF_MAPS, 4, 4, 1)));
    }

    @Test
    void redirectMaps() {
        MapTable t = new MapTable(2, 0);
        RedirectMap dev = (RedirectMap) t.create(MapSpec.of("tx", MapType.DEVMAP, 4, 4, 4));
        assertEquals(0, dev.update(u32(1), u32(3), MapFlags.BPF_ANY));
        assertEquals(-Errno.EEXIST, dev.update(u32(1), u32(3), MapFlags.BPF_NOEXIST));
        assertEquals(-Errno.E2BIG, dev.update(u32(4), u32(3), MapFlags.BPF_ANY));
        assertArrayEquals(u32(3), dev.target(1));
        assertNull(dev.target(0));
        assertEquals(-Errno.EINVAL, dev.delete(u32(4)));
        RedirectMap cpu = (RedirectMap) t.create(MapSpec.of("cpus", MapType.CPUMAP, 4, 4, 4));
        assertEquals(-Errno.ENODEV, cpu.update(u32(3), u32(192), MapFlags.BPF_ANY));
        assertEquals(-Errno.EOVERFLOW, cpu.update(u32(1), u32(20000), MapFlags.BPF_ANY));
        assertEquals(0, cpu.update(u32(1), u32(192), MapFlags.BPF_ANY));
        RedirectMap dh = (RedirectMap) t.create(MapSpec.of("dh", MapType.DEVMAP_HASH, 4, 8, 1));
        assertEquals(-Errno.EINVAL, dh.update(u32(10), u64(0), MapFlags.BPF_ANY));
        assertEquals(0, dh.update(u32(10), u64(10), MapFlags.BPF_ANY));
        assertEquals(-Errno.E2BIG, dh.update(u32(11), u64(11), MapFlags.BPF_ANY));
        assertEquals(-Errno.ENOENT, dh.delete(u32(11)));
        RedirectMap xsk = (RedirectMap) t.create(MapSpec.of("xsk", MapType.XSKMAP, 4, 4, 4));
        assertEquals(-Errno.ENOENT, xsk.update(u32(0), u32(9), MapFlags.BPF_EXIST));
        assertEquals(0, xsk.update(u32(0), u32(9), MapFlags.BPF_ANY));
        assertEquals(-Errno.EOPNOTSUPP, xsk.lookup(u32(0), new byte[4]));
    }

    @Test
    void unsupportedTypeAndHugeMapsAreRefused() {
        MapException e = assertThrows(MapException.class,
                () -> new MapTable().create(MapSpec.of("s", MapType.SOCKMAP, 4, 4, 1)));
        assertEquals(-Errno.EOPNOTSUPP, e.errno());
        e = assertThrows(MapException.class,
                () -> new MapTable().create(MapSpec.of("big", MapType.ARRAY, 4, 1 << 20, 1 << 20)));
        assertEquals(-Errno.ENOMEM, e.errno());
    }
}
