package io.github.ebpf4j.vm.maps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Replays each testdata/runtime/mapops/*.ops sequence of program-side map operations on our maps
 * and compares every return value, and the map's contents afterwards, with what the Linux kernel
 * returned for the same operations ({@code .expected}, recorded by gen_mapops.py with
 * {@code kernel-oracle run}, command in each file's header).
 */
class MapOpsFactsTest {
    static Path dir() {
        return Path.of(System.getProperty("ebpf4j.root", "..")).resolve("testdata/runtime/mapops");
    }

    @TestFactory
    Stream<DynamicTest> kernelFacts() throws IOException {
        List<Path> ops;
        try (Stream<Path> s = Files.list(dir())) {
            ops = s.filter(p -> p.toString().endsWith(".ops")).sorted().toList();
        }
        assertFalse(ops.isEmpty(), "no .ops files in " + dir());
        return ops.stream().map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> replay(p)));
    }

    /** A parsed .ops file. */
    record Ops(MapSpec spec, List<String[]> ops) {
    }

    static Ops parseOps(Path p) throws IOException {
        MapSpec spec = null;
        List<String[]> ops = new ArrayList<>();
        for (String line : Files.readAllLines(p)) {
            int hash = line.indexOf('#');
            if (hash >= 0) line = line.substring(0, hash);
            line = line.strip();
            if (line.isEmpty()) continue;
            String[] w = line.split("\\s+");
            if (w[0].equals("map")) {
                String[] f = w[1].split(":");
                MapType type = MapType.valueOf(f[0].toUpperCase(Locale.ROOT));
                int flags = type == MapType.LPM_TRIE ? MapFlags.BPF_F_NO_PREALLOC : 0; // as kernel-oracle does
                spec = new MapSpec("m", type, Integer.parseInt(f[1]), Integer.parseInt(f[2]), Integer.parseInt(f[3]),
                        flags, null, null, false);
            } else {
                ops.add(w);
            }
        }
        return new Ops(spec, ops);
    }

    static byte[] key(String k, int size) {
        byte[] out = new byte[size];
        if (k.contains("/")) {
            String[] pa = k.split("/");
            ArrayIndex.put(Long.parseLong(pa[0]), out);
            String[] oct = pa[1].split("\\.");
            for (int i = 0; i < 4; i++) out[4 + i] = (byte) Integer.parseInt(oct[i]);
        } else {
            ArrayIndex.put(Long.parseLong(k), out);
        }
        return out;
    }

    static byte[] value(String v, int size) {
        long x = Long.decode(v);
        byte[] out = new byte[Math.max(size, 8)];
        for (int i = 0; i < 8; i++) out[i] = (byte) (x >>> (8 * i));
        return Arrays.copyOf(out, size);
    }

    static long flags(String f) {
        return switch (f) {
            case "ANY" -> MapFlags.BPF_ANY;
            case "NOEXIST" -> MapFlags.BPF_NOEXIST;
            case "EXIST" -> MapFlags.BPF_EXIST;
            case "LOCK" -> MapFlags.BPF_F_LOCK;
            default -> Long.decode(f);
        };
    }

    static long le(byte[] b, int n) {
        long x = 0;
        for (int i = Math.min(n, b.length) - 1; i >= 0; i--) x = x << 8 | (b[i] & 0xff);
        return x;
    }

    /** Runs one op as a program would on the given CPU; returns what the generated program stores. */
    static long run(BpfMap m, String[] op, int cpu) {
        int vs = m.valueSize();
        switch (op[0]) {
            case "update":
                return m.progUpdate(key(op[1], m.keySize()), value(op[2], vs), flags(op[3]), cpu);
            case "delete":
                return m.progDelete(key(op[1], m.keySize()), cpu);
            case "lookup": {
                byte[] v = m.progLookup(key(op[1], m.keySize()), cpu);
                return v == null ? -1 : le(v, vs >= 8 ? 8 : 4);
            }
            case "push":
                return m.progPush(value(op[1], vs), flags(op[2]));
            case "pop":
            case "peek": {
                byte[] v = new byte[vs];
                int r = op[0].equals("pop") ? m.progPop(v) : m.progPeek(v);
                return r != 0 ? r : le(v, 8);
            }
            default:
                throw new IllegalArgumentException(op[0]);
        }
    }

    static void replay(Path opsFile) throws IOException {
        Ops ops = parseOps(opsFile);
        String name = opsFile.getFileName().toString().replace(".ops", "");
        List<String> expected = Files.readAllLines(opsFile.resolveSibling(name + ".expected"));
        int cpus = expected.stream().filter(l -> l.startsWith("cpus ")).map(l -> Integer.parseInt(l.substring(5)))
                .findFirst().orElse(1);
        BpfMap m = new MapTable(cpus, 0).create(ops.spec());
        List<String> got = new ArrayList<>();
        List<String> want = new ArrayList<>();
        for (int i = 0; i < ops.ops().size(); i++) {
            got.add("result " + i + " " + run(m, ops.ops().get(i), 0) + "   # " + String.join(" ", ops.ops().get(i)));
        }
        for (String l : expected) {
            if (l.startsWith("result ")) {
                int i = Integer.parseInt(l.split(" ")[1]);
                want.add(l + "   # " + String.join(" ", ops.ops().get(i)));
            } else if (l.startsWith("entry ")) {
                want.add(normalize(m, l));
            }
        }
        HexFormat hex = HexFormat.of();
        List<String> entries = new ArrayList<>();
        for (MapEntry e : m.entries()) {
            entries.add(normalize(m, "entry " + hex.formatHex(e.key()) + " " + hex.formatHex(e.value())));
        }
        entries.sort(null);
        got.addAll(entries);
        assertEquals(String.join("\n", want), String.join("\n", got), name);
    }

    /** Per-CPU values: the kernel ran on some CPU, we on CPU 0; compare the sorted per-CPU values. */
    static String normalize(BpfMap m, String entryLine) {
        if (!m.isPerCpu()) return entryLine;
        String[] f = entryLine.split(" ");
        int stride = ((m.valueSize() + 7) & ~7) * 2;
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < f[2].length(); i += stride) parts.add(f[2].substring(i, i + stride));
        parts.sort(null);
        return f[0] + " " + f[1] + " " + String.join("|", parts);
    }
}
