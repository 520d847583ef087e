package io.github.ebpf4j.elf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ebpf4j.vm.maps.MapType;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Maps against the tools and the kernel: BTF-defined map attributes decoded independently from
 * bpftool's text dump; the maps libbpf created in the kernel (kernel-oracle --dump-maps: names,
 * key/value sizes, contents); global data and legacy definitions from llvm-readelf -x.
 */
class MapFactsTest {

    /** BTF map definitions read from bpftool's text: __uint(name, N) is a PTR to an ARRAY of N elements. */
    private static Map<String, Map<String, Long>> btfMapDefs(Path obj) {
        Map<Integer, ToolFacts.BtfLine> byId = new HashMap<>();
        ToolFacts.btf(obj).forEach(l -> byId.put(l.id(), l));
        Map<String, Map<String, Long>> out = new HashMap<>();
        for (ToolFacts.BtfLine l : byId.values()) {
            if (!l.kind().equals("DATASEC") || !l.name().equals(".maps")) continue;
            for (String m : l.members()) {
                int varId = Integer.parseInt(m.replaceAll("^type_id=(\\d+) .*$", "$1"));
                ToolFacts.BtfLine var = byId.get(varId);
                ToolFacts.BtfLine def = byId.get(Integer.parseInt(var.attrs().get("type_id")));
                Map<String, Long> attrs = new HashMap<>();
                for (String mem : def.members()) {
                    String name = mem.replaceAll("^'(.*?)' .*$", "$1");
                    int tid = Integer.parseInt(mem.replaceAll("^.* type_id=(\\d+) .*$", "$1"));
                    ToolFacts.BtfLine ptr = byId.get(tid);
                    ToolFacts.BtfLine target = byId.get(Integer.parseInt(ptr.attrs().get("type_id")));
                    if (name.equals("key") || name.equals("value")) attrs.put(name + "_size", size(byId, target));
                    else if (target.kind().equals("ARRAY")) attrs.put(name, Long.parseLong(target.attrs().get("nr_elems")));
                }
                out.put(var.name(), attrs);
            }
        }
        return out;
    }

    private static long size(Map<Integer, ToolFacts.BtfLine> byId, ToolFacts.BtfLine t) {
        switch (t.kind()) {
            case "TYPEDEF": case "CONST": case "VOLATILE":
                return size(byId, byId.get(Integer.parseInt(t.attrs().get("type_id"))));
            case "ARRAY":
                return Long.parseLong(t.attrs().get("nr_elems")) * size(byId, byId.get(Integer.parseInt(t.attrs().get("type_id"))));
            case "PTR":
                return 8;
            default:
                return Long.parseLong(t.attrs().get("size"));
        }
    }

    @TestFactory
    Stream<DynamicTest> btfMapsMatchBpftool() {
        return ToolFacts.objects().stream().map(obj -> DynamicTest.dynamicTest(obj.getFileName().toString(), () -> {
            BpfObject o = BpfObject.load(obj);
            Map<String, Map<String, Long>> defs = btfMapDefs(obj);
            for (Map.Entry<String, Map<String, Long>> d : defs.entrySet()) {
                BpfMap m = o.map(d.getKey()).orElseThrow(() -> new AssertionError("map " + d.getKey()));
                Map<String, Long> a = d.getValue();
                assertEquals(a.get("type"), (long) m.type().id(), m.name() + " type");
                assertEquals(a.getOrDefault("max_entries", 0L), Integer.toUnsignedLong(m.maxEntries()), m.name());
                assertEquals(a.getOrDefault("map_flags", 0L), (long) m.flags(), m.name() + " flags");
                assertEquals(a.getOrDefault("pinning", 0L), (long) m.pinning(), m.name() + " pinning");
                long key = a.getOrDefault("key_size", 0L);
                assertEquals(key, (long) m.keySize(), m.name() + " key size");
                boolean valuesInit = m.type() == MapType.PROG_ARRAY || m.type() == MapType.ARRAY_OF_MAPS
                        || m.type() == MapType.HASH_OF_MAPS;
                assertEquals(valuesInit ? 4L : a.getOrDefault("value_size", 0L), (long) m.valueSize(), m.name());
                assertEquals(BpfMap.Origin.BTF, m.origin());
            }
        }));
    }

    /** The maps libbpf created for the object, as the kernel holds them after one test run. */
    @TestFactory
    Stream<DynamicTest> mapsAreTheOnesLibbpfCreates() {
        return ToolFacts.objects().stream().filter(o -> ToolFacts.kernelMaps(o) != null)
                .map(obj -> DynamicTest.dynamicTest(obj.getFileName().toString(), () -> {
                    BpfObject o = BpfObject.load(obj);
                    Map<String, List<String[]>> kernel = ToolFacts.kernelMaps(obj);
                    assertEquals(new TreeSet<>(kernel.keySet()),
                            o.maps().stream().map(BpfMap::kernelName).collect(Collectors.toCollection(TreeSet::new)));
                    for (BpfMap m : o.maps()) {
                        for (String[] kv : kernel.get(m.kernelName())) {
                            assertEquals(m.keySize() * 2, kv[0].length(), m.name() + " key size");
                            boolean perCpu = m.type().name().startsWith("PERCPU");
                            if (!perCpu) assertEquals(m.valueSize() * 2, kv[1].length(), m.name() + " value size");
                            else assertEquals(0, kv[1].length() % (m.valueSize() * 2), m.name() + " per-CPU value size");
                        }
                        if (m.spec().frozen()) { // read-only data is what the object holds
                            assertEquals(HexFormat.of().formatHex(m.spec().initialData()), kernel.get(m.kernelName()).get(0)[1]);
                        }
                        if (!m.initialSlots().isEmpty()) { // prog array / map-in-map slots libbpf filled
                            Set<Integer> keys = kernel.get(m.kernelName()).stream()
                                    .map(kv -> ByteBuffer.wrap(HexFormat.of().parseHex(kv[0])).order(ByteOrder.LITTLE_ENDIAN).getInt())
                                    .collect(Collectors.toSet());
                            assertEquals(keys, m.initialSlots().stream().map(BpfMap.Slot::index).collect(Collectors.toSet()));
                        }
                    }
                }));
    }

    @TestFactory
    Stream<DynamicTest> globalDataIsTheSectionContents() {
        return ToolFacts.objects().stream().map(obj -> DynamicTest.dynamicTest(obj.getFileName().toString(), () -> {
            BpfObject o = BpfObject.load(obj);
            Map<String, byte[]> data = ToolFacts.sectionData(obj);
            for (BpfMap m : o.maps()) {
                switch (m.origin()) {
                    case DATA: case RODATA:
                        assertArrayEquals(data.get(m.section()), m.spec().initialData(), m.name());
                        assertEquals(m.origin() == BpfMap.Origin.RODATA, m.spec().frozen(), m.name() + " frozen");
                        break;
                    case BSS: {
                        long size = ToolFacts.sections(obj).stream().filter(s -> s.name().equals(m.section()))
                                .findFirst().orElseThrow().size();
                        assertArrayEquals(new byte[(int) size], m.spec().initialData(), m.name());
                        break;
                    }
                    default:
                        break;
                }
            }
        }));
    }

    @Test
    void legacyMapDefinitionsAreTheMapsSectionWords() throws Exception {
        Path obj = ToolFacts.objDir().resolve("legacy_maps.o");
        BpfObject o = BpfObject.load(java.nio.file.Path.of(obj.toString()));
        byte[] maps = ToolFacts.sectionData(obj).get("maps");
        assertNotNull(maps);
        List<ToolFacts.Symbol> syms = ToolFacts.symbols(obj).stream().filter(s -> s.type().equals("OBJECT")
                && ToolFacts.sections(obj).get(Integer.parseInt(s.ndx())).name().equals("maps")).toList();
        assertEquals(2, syms.size());
        for (ToolFacts.Symbol s : syms) {
            ByteBuffer b = ByteBuffer.wrap(maps, (int) s.value(), (int) s.size()).order(ByteOrder.LITTLE_ENDIAN);
            BpfMap m = o.map(s.name()).orElseThrow();
            assertEquals(b.getInt(), m.type().id(), s.name());
            assertEquals(b.getInt(), m.keySize(), s.name());
            assertEquals(b.getInt(), m.valueSize(), s.name());
            assertEquals(b.getInt(), m.maxEntries(), s.name());
            assertEquals(b.getInt(), m.flags(), s.name());
            assertEquals(BpfMap.Origin.LEGACY, m.origin());
        }
        assertEquals(0x060100, o.kernelVersion().orElseThrow()); // 'version' section: 00 01 06 00
        assertTrue(o.license().orElseThrow().equals("GPL"));
    }
}
