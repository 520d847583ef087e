package io.github.ebpf4j.verifier;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads what {@code kernel-oracle elf NAME.o --json} recorded (testdata/obj/NAME.kernel.json) and
 * puts the kernel's level-1 log and ebpf4j's in a comparable form.
 */
final class KernelLogs {
    private KernelLogs() {}

    /** @return the program objects of a NAME.kernel.json file (after its "# $ command" line), by name */
    static Map<String, String> programs(Path json) throws IOException {
        String text = Files.readString(json);
        Map<String, String> out = new LinkedHashMap<>();
        String key = "\"name\": \"";
        for (int at = text.indexOf(key); at >= 0; ) {
            int next = text.indexOf(key, at + key.length());
            String object = text.substring(at, next < 0 ? text.length() : next);
            out.put(object.substring(key.length(), object.indexOf('"', key.length())), object);
            at = next;
        }
        return out;
    }

    /** @return the value of a string field of a program object, unescaped */
    static String stringField(String object, String name) {
        String key = "\"" + name + "\": \"";
        int start = object.indexOf(key);
        assertTrue(start >= 0, name + " in " + object);
        start += key.length();
        int end = start;
        while (object.charAt(end) != '"') end += object.charAt(end) == '\\' ? 2 : 1;
        return unescape(object.substring(start, end));
    }

    private static String unescape(String s) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '\\') {
                b.append(c);
                continue;
            }
            char n = s.charAt(++i);
            switch (n) {
                case 'n' -> b.append('\n');
                case 't' -> b.append('\t');
                case 'u' -> {
                    b.append((char) Integer.parseInt(s.substring(i + 1, i + 5), 16));
                    i += 4;
                }
                default -> b.append(n);
            }
        }
        return b.toString();
    }

    /**
     * What a comparison ignores: source lines ("; ..." from line info, which ebpf4j's verifier
     * does not print), the kernel's timing and stack-depth lines, the kernel address a map
     * LD_IMM64 prints (ebpf4j prints map[id:N]) with the padding after it, the object-name prefix
     * libbpf gives internal maps (global_f.bss; ebpf4j's map is .bss), and the state counts of the
     * summary line.
     */
    static String normalise(String log) {
        StringBuilder b = new StringBuilder();
        for (String l : log.split("\n")) {
            if (l.startsWith("; ") || l.startsWith("verification time") || l.startsWith("stack depth")) continue;
            l = l.replaceAll("^(\\d+: \\(18\\) r\\d+ = )(0x[0-9a-f]+|map\\[id:\\d+\\](\\[\\d+\\]\\+\\d+)?)\\s+;", "$1<map> ;");
            l = l.replaceAll("map=[^,]*\\.(bss|data|rodata)\\b", "map=.$1");
            l = l.replaceAll("^(processed \\d+ insns).*", "$1");
            b.append(l).append('\n');
        }
        return b.toString();
    }
}
