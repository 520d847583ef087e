package io.github.ebpf4j.vm.maps;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.ebpf4j.vm.Errno;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Map creation checks against the kernel: testdata/runtime/map_create.facts lists specs and
 * whether Linux's BPF_MAP_CREATE accepted them or with which errno (recorded by
 * gen_mapcreate.py through kernel-oracle; command in the file's header).
 */
class MapCreateFactsTest {
    @TestFactory
    Stream<DynamicTest> createFacts() throws IOException {
        Path facts = MapOpsFactsTest.dir().resolveSibling("map_create.facts");
        List<String> lines = Files.readAllLines(facts).stream().filter(l -> !l.startsWith("#") && !l.isBlank()).toList();
        return lines.stream().map(l -> DynamicTest.dynamicTest(l, () -> {
            String[] w = l.split(" ");
            String[] f = w[0].split(":");
            MapType type = MapType.valueOf(f[0].toUpperCase(Locale.ROOT));
            int flags = type == MapType.LPM_TRIE ? MapFlags.BPF_F_NO_PREALLOC : 0; // as kernel-oracle does
            MapSpec spec = new MapSpec("m", type, Integer.parseInt(f[1]), Integer.parseInt(f[2]),
                    Integer.parseInt(f[3]), flags, null, null, false);
            String got;
            try {
                new MapTable(2, 0).create(spec);
                got = "ok";
            } catch (MapException e) {
                got = Errno.name(e.errno());
            }
            assertEquals(w[1], got, w[0]);
        }));
    }
}
