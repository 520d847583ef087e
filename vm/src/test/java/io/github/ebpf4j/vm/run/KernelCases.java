package io.github.ebpf4j.vm.run;

import io.github.ebpf4j.vm.asm.Assembler;
import io.github.ebpf4j.vm.isa.Program;
import io.github.ebpf4j.vm.maps.BpfMap;
import io.github.ebpf4j.vm.maps.MapEntry;
import io.github.ebpf4j.vm.maps.MapFlags;
import io.github.ebpf4j.vm.maps.MapSpec;
import io.github.ebpf4j.vm.maps.MapType;
import io.github.ebpf4j.vm.prog.ProgramType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads testdata/runtime/cases: the {@code .cases} inputs (format in gen_cases.py) and the
 * {@code .expected} kernel facts, and runs a case with {@link BpfRuntime}, describing both sides
 * in the same text form so a test can compare them line by line.
 */
final class KernelCases {
    static final HexFormat HEX = HexFormat.of();

    private KernelCases() {
    }

    static Path dir() {
        return Path.of(System.getProperty("ebpf4j.root", "..")).resolve("testdata/runtime/cases");
    }

    /** One case: the shared header and the case's own lines. */
    record Case(String file, String name, Map<String, String> header, List<String> maps, List<String> sets,
            Map<String, String> input, boolean dump, List<String> expected) {
    }

    static List<Case> load(Path casesFile) throws IOException {
        Map<String, String> header = new LinkedHashMap<>();
        List<String> maps = new ArrayList<>();
        List<String> headerSets = new ArrayList<>();
        boolean dump = false;
        List<Object[]> raw = new ArrayList<>();
        Object[] cur = null;
        for (String line : Files.readAllLines(casesFile)) {
            int h = line.indexOf('#');
            if (h >= 0) line = line.substring(0, h);
            line = line.strip();
            if (line.isEmpty()) continue;
            String[] w = line.split("\\s+", 2);
            String arg = w.length > 1 ? w[1] : "";
            if (w[0].equals("case")) {
                for (Object[] prev : raw) {
                    if (prev[0].equals(arg)) throw new IllegalStateException(casesFile + ": case '" + arg + "' twice");
                }
                cur = new Object[] {arg, new LinkedHashMap<String, String>(), new ArrayList<String>()};
                raw.add(cur);
            } else if (cur == null) {
                switch (w[0]) {
                    case "map" -> maps.add(arg);
                    case "set" -> headerSets.add(arg);
                    case "dump" -> header.put("dump", "");
                    default -> header.put(w[0], arg);
                }
            } else {
                @SuppressWarnings("unchecked") Map<String, String> in = (Map<String, String>) cur[1];
                @SuppressWarnings("unchecked") List<String> sets = (List<String>) cur[2];
                if (w[0].equals("set")) {
                    sets.add(arg);
                } else if (w[0].equals("data-repeat")) {
                    String[] p = arg.split("\\s+");
                    in.put("data-hex", p[0].repeat(Integer.parseInt(p[1])));
                } else {
                    in.put(w[0], arg);
                }
            }
        }
        dump = header.containsKey("dump");
        Map<String, List<String>> expected = expected(casesFile);
        List<Case> out = new ArrayList<>();
        String file = casesFile.getFileName().toString();
        for (Object[] c : raw) {
            @SuppressWarnings("unchecked") Map<String, String> in = (Map<String, String>) c[1];
            @SuppressWarnings("unchecked") List<String> sets = (List<String>) c[2];
            List<String> allSets = new ArrayList<>(headerSets);
            allSets.addAll(sets);
            out.add(new Case(file, (String) c[0], header, maps, allSets, in, dump,
                    expected.getOrDefault((String) c[0], List.of())));
        }
        return out;
    }

    /** The .expected blocks by case name; "cpus N" is stored under the name "". */
    static Map<String, List<String>> expected(Path casesFile) throws IOException {
        Path p = casesFile.resolveSibling(casesFile.getFileName().toString().replace(".cases", ".expected"));
        Map<String, List<String>> m = new LinkedHashMap<>();
        if (!Files.exists(p)) return m;
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

    static int cpus(Path casesFile) throws IOException {
        List<String> c = expected(casesFile).get("");
        return c == null ? 1 : Integer.parseInt(c.get(0).substring(5).trim());
    }

    static MapSpec spec(String s, int index) {
        String[] f = s.split(":");
        MapType t = f[0].matches("[0-9]+") ? MapType.of(Integer.parseInt(f[0])) : MapType.valueOf(f[0].toUpperCase(Locale.ROOT));
        int flags = t == MapType.LPM_TRIE ? MapFlags.BPF_F_NO_PREALLOC : 0; // as kernel-oracle creates them
        return new MapSpec("map" + index, t, Integer.parseInt(f[1]), Integer.parseInt(f[2]), Integer.parseInt(f[3]),
                flags, null, null, false);
    }

    /** Runs a case; returns the lines the .expected file would hold for it. */
    static List<String> run(Case c, int cpus) throws IOException {
        BpfRuntime rt = BpfRuntime.builder().cpus(cpus).perfReader(false).build();
        List<BpfMap> maps = new ArrayList<>();
        for (int i = 0; i < c.maps().size(); i++) maps.add(rt.createMap(spec(c.maps().get(i), i)));
        for (String s : c.sets()) {
            String[] p = s.split(":");
            BpfMap m = maps.get(Integer.parseInt(p[0]));
            int err = m.update(p[1].isEmpty() ? null : HEX.parseHex(p[1]), HEX.parseHex(p[2]), MapFlags.BPF_ANY);
            if (err != 0) throw new IllegalStateException("set " + s + ": " + err);
        }
        Program prog = Assembler.assemble(Files.readString(dir().resolve(c.header().get("prog"))));
        ProgramType type = ProgramType.valueOf(c.header().get("type").toUpperCase(Locale.ROOT));
        ProgramHandle h = rt.load(c.name(), type, prog, maps);
        String data = c.input().getOrDefault("data-hex", "");
        String ctx = c.input().get("ctx-hex");
        int repeat = Integer.parseInt(c.input().getOrDefault("repeat", "1"));
        List<String> out = new ArrayList<>();
        TestRunResult r;
        try {
            r = rt.testRun(h, new TestRunInput(HEX.parseHex(data), ctx == null ? null : HEX.parseHex(ctx), repeat));
        } catch (TestRunException e) {
            out.add("error " + -e.errno());
            return out;
        }
        out.add("retval " + r.retval());
        out.add("data_out " + HEX.formatHex(r.dataOut()));
        if (r.ctxOut() != null) out.add("ctx_out " + HEX.formatHex(r.ctxOut()));
        if (c.dump()) {
            for (int i = 0; i < maps.size(); i++) {
                List<String> lines = new ArrayList<>();
                for (MapEntry e : maps.get(i).entries()) {
                    lines.add("map " + i + " " + HEX.formatHex(e.key()) + " " + HEX.formatHex(e.value()));
                }
                lines.sort(null);
                out.addAll(lines);
            }
        }
        return out;
    }
}
