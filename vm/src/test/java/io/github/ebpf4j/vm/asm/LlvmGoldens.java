package io.github.ebpf4j.vm.asm;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ebpf4j.vm.isa.Program;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The committed llvm outputs of {@code testdata/asm} (made by its {@code regen.sh}; see its
 * README): the {@code .s} sources, the {@code .text} bytes llvm-mc-19 produced and the listings of
 * llvm-objdump-19.
 */
final class LlvmGoldens {
    private LlvmGoldens() {}

    static final List<String> NAMES = List.of("all-opcodes", "raw-encodings", "labels", "clang-output", "sum_loop");

    private static final Pattern INSN = Pattern.compile("^ *(\\d+):\\t(.*)$");
    private static final Pattern SYMBOL = Pattern.compile("^([0-9a-f]{16}) <(.*)>:$");

    static Path dir() {
        String root = System.getProperty("ebpf4j.root");
        Path d = Path.of(root == null ? "." : root, "testdata", "asm");
        assertTrue(Files.isDirectory(d), "testdata/asm not found under ebpf4j.root=" + root);
        return d;
    }

    static String read(String file) {
        try {
            return Files.readString(dir().resolve(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Program bytes(String name) {
        try {
            return Program.fromBytes(Files.readAllBytes(dir().resolve(name + ".bin")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return instruction text by slot index, from an llvm-objdump listing */
    static Map<Integer, String> instructions(String listing) {
        Map<Integer, String> out = new LinkedHashMap<>();
        for (String line : listing.split("\n")) {
            Matcher m = INSN.matcher(line);
            if (m.matches()) out.put(Integer.parseInt(m.group(1)), m.group(2));
        }
        return out;
    }

    /** @return the instruction lines of a listing, exactly as printed */
    static List<String> instructionLines(String listing) {
        List<String> out = new ArrayList<>();
        for (String line : listing.split("\n")) if (INSN.matcher(line).matches()) out.add(line);
        return out;
    }

    /** @return the symbols a listing shows in its {@code 0000000000000040 <LBB0_1>:} headers */
    static Map<Integer, String> symbols(String listing) {
        Map<Integer, String> out = new TreeMap<>();
        for (String line : listing.split("\n")) {
            Matcher m = SYMBOL.matcher(line);
            if (m.matches() && !m.group(2).equals(".text")) {
                out.put((int) (Long.parseLong(m.group(1), 16) / 8), m.group(2));
            }
        }
        return out;
    }

    /** @return known divergences: "file:index" to reason */
    static Map<String, String> knownDivergences() {
        Map<String, String> out = new LinkedHashMap<>();
        for (String line : read("known-divergences.txt").split("\n")) {
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] parts = line.split(":", 3);
            out.put(parts[0].trim() + ":" + parts[1].trim(), parts[2].trim());
        }
        return out;
    }
}
