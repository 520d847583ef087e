package io.github.ebpf4j.elf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Facts about the committed testdata objects, parsed from the tool output recorded next to
 * them by testdata/facts.sh (llvm-readelf-19, llvm-objdump-19, bpftool, kernel-oracle). Tests
 * compare ebpf4j's reading with these, never with ebpf4j's own earlier output.
 */
final class ToolFacts {
    private ToolFacts() {}

    static Path root() {
        String r = System.getProperty("ebpf4j.root");
        if (r == null) throw new IllegalStateException("system property ebpf4j.root not set (run through Maven)");
        return Path.of(r);
    }

    static Path objDir() {
        return root().resolve("testdata/obj");
    }

    /** Little-endian objects built from testdata/src (not the big-endian variant). */
    static List<Path> objects() {
        try (Stream<Path> s = Files.list(objDir())) {
            return s.filter(p -> p.toString().endsWith(".o") && !p.toString().endsWith(".bpfeb.o")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** All objects, the big-endian variant included. */
    static List<Path> allObjects() {
        try (Stream<Path> s = Files.list(objDir())) {
            return s.filter(p -> p.toString().endsWith(".o")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String stem(Path obj) {
        String n = obj.getFileName().toString();
        return n.substring(0, n.length() - 2);
    }

    static List<String> lines(Path obj, String kind) {
        try {
            return Files.readAllLines(objDir().resolve(stem(obj) + "." + kind));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    record Section(int index, String name, String type, long offset, long size) {}

    private static final Pattern SECTION = Pattern.compile(
            "^\\s*\\[\\s*(\\d+)\\]\\s+(\\S*?)\\s+([A-Z_]+)\\s+([0-9a-f]{16})\\s+([0-9a-f]+)\\s+([0-9a-f]+)\\s.*$");

    /** llvm-readelf -S. */
    static List<Section> sections(Path obj) {
        List<Section> out = new ArrayList<>();
        for (String l : lines(obj, "readelf.txt")) {
            Matcher m = SECTION.matcher(l);
            if (m.matches()) {
                out.add(new Section(Integer.parseInt(m.group(1)), m.group(2), m.group(3),
                        Long.parseLong(m.group(5), 16), Long.parseLong(m.group(6), 16)));
            }
        }
        return out;
    }

    record Symbol(int index, long value, long size, String type, String bind, String ndx, String name) {}

    private static final Pattern SYMBOL = Pattern.compile(
            "^\\s*(\\d+):\\s+([0-9a-f]{16})\\s+(\\d+)\\s+(\\S+)\\s+(\\S+)\\s+(\\S+)\\s+(\\S+)\\s?(.*)$");

    /** llvm-readelf -s. */
    static List<Symbol> symbols(Path obj) {
        List<Symbol> out = new ArrayList<>();
        for (String l : lines(obj, "readelf.txt")) {
            Matcher m = SYMBOL.matcher(l);
            if (m.matches()) {
                out.add(new Symbol(Integer.parseInt(m.group(1)), Long.parseLong(m.group(2), 16),
                        Long.parseLong(m.group(3)), m.group(4), m.group(5), m.group(7), m.group(8)));
            }
        }
        return out;
    }

    record Reloc(long offset, long symbolIndex, String type, String symbolName) {}

    private static final Pattern REL_HEADER = Pattern.compile("^Relocation section '(.*)' at offset .*$");
    private static final Pattern REL = Pattern.compile(
            "^([0-9a-f]{16})\\s+([0-9a-f]{16})\\s+(R_BPF_\\S+)\\s+([0-9a-f]{16})\\s+(.*)$");

    /** llvm-readelf -r: relocation section name to entries. */
    static Map<String, List<Reloc>> relocations(Path obj) {
        Map<String, List<Reloc>> out = new LinkedHashMap<>();
        List<Reloc> cur = null;
        for (String l : lines(obj, "readelf.txt")) {
            Matcher h = REL_HEADER.matcher(l);
            if (h.matches()) {
                cur = new ArrayList<>();
                out.put(h.group(1), cur);
                continue;
            }
            Matcher m = REL.matcher(l.trim());
            if (cur != null && m.matches()) {
                cur.add(new Reloc(Long.parseLong(m.group(1), 16), Long.parseLong(m.group(2), 16) >>> 32, m.group(3),
                        m.group(5).trim()));
            }
        }
        return out;
    }

    /** One instruction line of llvm-objdump -d -r, with the relocation printed under it if any. */
    record ObjdumpInsn(String section, String function, int index, byte[] bytes, String text, String relocType,
            String relocSymbol) {}

    private static final Pattern OD_SECTION = Pattern.compile("^Disassembly of section (.*):$");
    private static final Pattern OD_FUNC = Pattern.compile("^[0-9a-f]{16} <(.*)>:$");
    private static final Pattern OD_INSN = Pattern.compile("^\\s*(\\d+):\\t((?:[0-9a-f]{2} ?)+)\\t(.*)$");
    private static final Pattern OD_REL = Pattern.compile("^\\t\\t[0-9a-f]{16}:\\s+(R_BPF_\\S+)\\t(.*)$");

    /** llvm-objdump -d -r. */
    static List<ObjdumpInsn> objdump(Path obj) {
        List<ObjdumpInsn> out = new ArrayList<>();
        String sec = null, fn = null;
        for (String l : lines(obj, "objdump.txt")) {
            Matcher m;
            if ((m = OD_SECTION.matcher(l)).matches()) {
                sec = m.group(1);
            } else if ((m = OD_FUNC.matcher(l)).matches()) {
                fn = m.group(1);
            } else if ((m = OD_INSN.matcher(l)).matches()) {
                String[] hex = m.group(2).trim().split(" ");
                byte[] b = new byte[hex.length];
                for (int i = 0; i < hex.length; i++) b[i] = (byte) Integer.parseInt(hex[i], 16);
                out.add(new ObjdumpInsn(sec, fn, Integer.parseInt(m.group(1)), b, m.group(3).trim(), null, null));
            } else if ((m = OD_REL.matcher(l)).matches() && !out.isEmpty()) {
                ObjdumpInsn last = out.remove(out.size() - 1);
                out.add(new ObjdumpInsn(last.section(), last.function(), last.index(), last.bytes(), last.text(),
                        m.group(1), m.group(2).trim()));
            }
        }
        return out;
    }

    record KernelVerdict(String verdict, String program, String section) {}

    private static final Pattern VERDICT = Pattern.compile("^(ACCEPT|REJECT|LOAD_ERROR) (\\S+) \\((.*?)\\):.*$");

    /** kernel-oracle elf, first run (programs in the order libbpf lists them). */
    static List<KernelVerdict> kernelVerdicts(Path obj) {
        List<KernelVerdict> out = new ArrayList<>();
        int runs = 0;
        for (String l : lines(obj, "kernel.txt")) {
            if (l.startsWith("# $ ")) runs++;
            Matcher m = VERDICT.matcher(l);
            if (runs == 1 && m.matches()) out.add(new KernelVerdict(m.group(1), m.group(2), m.group(3)));
        }
        return out;
    }

    record BtfLine(int id, String kind, String name, Map<String, String> attrs, List<String> members) {}

    private static final Pattern BTF_TYPE = Pattern.compile("^\\[(\\d+)\\] (\\S+) '(.*?)'(.*)$");
    private static final Pattern ATTR = Pattern.compile("(\\w+)=([^\\s,]+)");

    /** bpftool btf dump file: every type with its attributes and member lines. */
    static List<BtfLine> btf(Path obj) {
        List<BtfLine> out = new ArrayList<>();
        for (String l : lines(obj, "btf.txt")) {
            Matcher m = BTF_TYPE.matcher(l);
            if (m.matches()) {
                Map<String, String> attrs = new HashMap<>();
                Matcher a = ATTR.matcher(m.group(4));
                while (a.find()) attrs.putIfAbsent(a.group(1), a.group(2));
                out.add(new BtfLine(Integer.parseInt(m.group(1)), m.group(2), m.group(3), attrs, new ArrayList<>()));
            } else if (l.startsWith("\t") && !out.isEmpty()) {
                out.get(out.size() - 1).members().add(l.trim());
            }
        }
        return out;
    }

    /** llvm-readelf -x: section name to contents. */
    static Map<String, byte[]> sectionData(Path obj) {
        Map<String, byte[]> out = new LinkedHashMap<>();
        String cur = null;
        java.io.ByteArrayOutputStream buf = null;
        Pattern head = Pattern.compile("^Hex dump of section '(.*)':$");
        Pattern row = Pattern.compile("^0x[0-9a-f]{8} ((?:[0-9a-f]{2,8} ?)+)\\s.*$");
        for (String l : lines(obj, "data.txt")) {
            Matcher m = head.matcher(l);
            if (m.matches()) {
                if (cur != null) out.put(cur, buf.toByteArray());
                cur = m.group(1);
                buf = new java.io.ByteArrayOutputStream();
                continue;
            }
            if (cur == null || !l.startsWith("0x")) continue;
            String hex = l.substring(11, Math.min(l.length(), 11 + 35)).replace(" ", "");
            for (int i = 0; i + 1 < hex.length(); i += 2) buf.write(Integer.parseInt(hex.substring(i, i + 2), 16));
        }
        if (cur != null) out.put(cur, buf.toByteArray());
        return out;
    }

    /** kernel-oracle ... --dump-maps --json: kernel map name to entries (key hex, value hex). */
    static Map<String, List<String[]>> kernelMaps(Path obj) {
        Path p = objDir().resolve(stem(obj) + ".maps.json");
        if (!Files.exists(p)) return null;
        String text;
        try {
            text = Files.readString(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int at = text.indexOf("\"maps\": {");
        Map<String, List<String[]>> out = new LinkedHashMap<>();
        if (at < 0) return out;
        Matcher name = Pattern.compile("\"([^\"]+)\": \\[").matcher(text);
        Pattern pair = Pattern.compile("\\[\\s*\"([0-9a-f]*)\",\\s*\"([0-9a-f]*)\"\\s*\\]");
        int pos = at;
        while (name.find(pos)) {
            int start = name.end();
            int depth = 1, i = start;
            while (i < text.length() && depth > 0) {
                char c = text.charAt(i++);
                if (c == '[') depth++;
                else if (c == ']') depth--;
            }
            List<String[]> entries = new ArrayList<>();
            Matcher pm = pair.matcher(text.substring(start, i - 1));
            while (pm.find()) entries.add(new String[] {pm.group(1), pm.group(2)});
            out.put(name.group(1), entries);
            pos = i;
        }
        return out;
    }
}
