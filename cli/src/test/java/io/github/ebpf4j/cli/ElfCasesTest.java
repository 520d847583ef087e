package io.github.ebpf4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.github.ebpf4j.elf.BpfObject;
import io.github.ebpf4j.vm.maps.BpfMap;
import io.github.ebpf4j.vm.maps.MapEntry;
import io.github.ebpf4j.vm.maps.MapFlags;
import io.github.ebpf4j.vm.run.BpfRuntime;
import io.github.ebpf4j.vm.run.TestRunException;
import io.github.ebpf4j.vm.run.TestRunInput;
import io.github.ebpf4j.vm.run.TestRunResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Object files loaded like libbpf loads them and run like BPF_PROG_TEST_RUN: every case of
 * testdata/runtime/elfcases/*.cases must give what Linux gave through
 * {@code kernel-oracle elf OBJ --program NAME --run} ({@code .expected}, each case's command
 * recorded there): return value, output packet and context, and the maps by their kernel names
 * (tail calls through object-initialised program arrays, global data, spin locks, callbacks,
 * snprintf/strncmp on .rodata strings, ring buffers, LPM tries, per-CPU arrays).
 */
class ElfCasesTest {
    private static final HexFormat HEX = HexFormat.of();

    static Path dir() {
        return Path.of(System.getProperty("ebpf4j.root", ".."), "testdata", "runtime", "elfcases");
    }

    @TestFactory
    Stream<DynamicTest> objectsAgainstTheKernel() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(dir())) {
            files = s.filter(p -> p.toString().endsWith(".cases")).sorted().toList();
        }
        assertFalse(files.isEmpty(), "no cases in " + dir());
        List<DynamicTest> tests = new ArrayList<>();
        for (Path f : files) {
            Map<String, String> header = new LinkedHashMap<>();
            List<Map<String, List<String>>> cases = new ArrayList<>();
            Map<String, List<String>> cur = null;
            for (String line : Files.readAllLines(f)) {
                line = line.replaceAll("#.*", "").strip();
                if (line.isEmpty()) continue;
                String[] w = line.split("\\s+", 2);
                if (w[0].equals("case")) {
                    cur = new LinkedHashMap<>();
                    cur.put("name", new ArrayList<>(List.of(w[1])));
                    cases.add(cur);
                } else if (cur == null) {
                    header.put(w[0], w.length > 1 ? w[1] : "");
                } else {
                    cur.computeIfAbsent(w[0], k -> new ArrayList<>()).add(w.length > 1 ? w[1] : "");
                }
            }
            Map<String, List<String>> expected = expected(f);
            int cpus = Integer.parseInt(expected.get("").get(0).substring(5).trim());
            for (Map<String, List<String>> c : cases) {
                String name = c.get("name").get(0);
                tests.add(DynamicTest.dynamicTest(f.getFileName() + ":" + name, () -> {
                    List<String> want = expected.get(name);
                    assertFalse(want == null || want.isEmpty(), "no kernel facts for " + name);
                    assertEquals(String.join("\n", normalize(want)), String.join("\n", normalize(run(f, header, c, cpus))));
                }));
            }
        }
        return tests.stream();
    }

    /**
     * The kernel ran the program on whichever CPU the test thread was on, ebpf4j on CPU 0: per-CPU
     * values (longer than 8 bytes per key of a per-CPU map) are compared as sorted per-CPU chunks.
     */
    private static List<String> normalize(List<String> lines) {
        List<String> out = new ArrayList<>();
        for (String l : lines) {
            String[] w = l.split(" ");
            if (w[0].equals("map") && w.length == 4 && PERCPU.matcher(w[1]).find() && w[3].length() % 32 == 0) {
                List<String> chunks = new ArrayList<>();
                for (int i = 0; i < w[3].length(); i += 16) chunks.add(w[3].substring(i, i + 16));
                chunks.sort(null);
                l = w[0] + " " + w[1] + " " + w[2] + " " + String.join("|", chunks);
            }
            out.add(l);
        }
        return out;
    }

    /** Per-CPU maps of the corpus, by name. */
    private static final java.util.regex.Pattern PERCPU = java.util.regex.Pattern.compile("^verdicts$");

    private static Map<String, List<String>> expected(Path casesFile) throws IOException {
        Path p = casesFile.resolveSibling(casesFile.getFileName().toString().replace(".cases", ".expected"));
        Map<String, List<String>> m = new LinkedHashMap<>();
        List<String> cur = null;
        for (String line : Files.readAllLines(p)) {
            if (line.startsWith("#") || line.isBlank()) continue;
            if (line.startsWith("cpus ")) {
                m.put("", List.of(line));
            } else if (line.startsWith("case ")) {
                cur = new ArrayList<>();
                m.put(line.substring(5), cur);
            } else if (cur != null && !line.startsWith("cmd ")) {
                cur.add(line);
            }
        }
        return m;
    }

    private static List<String> run(Path casesFile, Map<String, String> header, Map<String, List<String>> c, int cpus)
            throws IOException {
        Path obj = casesFile.getParent().resolve(header.get("obj")).normalize();
        BpfRuntime rt = BpfRuntime.builder().cpus(cpus).perfReader(false).build();
        ObjectRuntime.Loaded l = ObjectRuntime.load(rt, BpfObject.load(obj), obj, header.get("program"), null);
        Map<String, BpfMap> byElfName = new LinkedHashMap<>();
        BpfObject o = BpfObject.load(obj);
        for (int i = 0; i < o.maps().size(); i++) byElfName.putIfAbsent(o.maps().get(i).name(), l.maps().get(i));
        for (String s : c.getOrDefault("set", List.of())) {
            String[] p = s.split(":");
            int err = byElfName.get(p[0]).update(HEX.parseHex(p[1]), HEX.parseHex(p[2]), MapFlags.BPF_ANY);
            if (err != 0) throw new IllegalStateException("set " + s + ": " + err);
        }
        String data = c.containsKey("data-hex") ? c.get("data-hex").get(0) : "";
        String ctx = c.containsKey("ctx-hex") ? c.get("ctx-hex").get(0) : null;
        int repeat = c.containsKey("repeat") ? Integer.parseInt(c.get("repeat").get(0)) : 1;
        List<String> out = new ArrayList<>();
        TestRunResult r;
        try {
            r = rt.testRun(l.program(), new TestRunInput(HEX.parseHex(data), ctx == null ? null : HEX.parseHex(ctx), repeat));
        } catch (TestRunException e) {
            out.add("error " + -e.errno());
            return out;
        }
        out.add("retval " + r.retval());
        out.add("data_out " + HEX.formatHex(r.dataOut()));
        if (r.ctxOut() != null) out.add("ctx_out " + HEX.formatHex(r.ctxOut()));
        Set<String> ignore = Set.of(header.getOrDefault("ignore-maps", "").split(","));
        Map<String, BpfMap> byKernelName = new java.util.TreeMap<>();
        for (int i = 0; i < l.maps().size(); i++) byKernelName.put(l.kernelNames().get(i), l.maps().get(i));
        for (var e : byKernelName.entrySet()) {
            if (ignore.contains(e.getKey())) continue;
            List<String> lines = new ArrayList<>();
            for (MapEntry me : e.getValue().entries()) {
                lines.add("map " + e.getKey() + " " + HEX.formatHex(me.key()) + " " + HEX.formatHex(me.value()));
            }
            lines.sort(null);
            out.addAll(lines);
        }
        return out;
    }
}
