package io.github.ebpf4j.cli;

import io.github.ebpf4j.vm.EbpfException;
import io.github.ebpf4j.vm.isa.Program;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads a program from a file given on the command line: raw bytecode ({@code .bin}, 8 bytes per
 * slot, little-endian) or hex text ({@code .hex}: whitespace-separated bytes, {@code #} comments).
 */
final class ProgramFiles {
    private ProgramFiles() {}

    /**
     * @param file the file
     * @return its program
     * @throws EbpfException naming the file when it cannot be read or parsed
     */
    static Program load(Path file) {
        String name = file.getFileName().toString();
        try {
            byte[] bytes = Files.readAllBytes(file);
            if (name.endsWith(".hex")) {
                return Program.fromBytes(parseHex(file, new String(bytes, StandardCharsets.UTF_8)));
            }
            return Program.fromBytes(bytes);
        } catch (IOException e) {
            throw new EbpfException(file + ": cannot read: " + e.getMessage(), e);
        } catch (EbpfException e) {
            throw new EbpfException(file + ": " + e.getMessage(), e);
        }
    }

    /**
     * @param file for messages
     * @param text hex bytes separated by whitespace; {@code #} starts a comment; an optional
     *     {@code 0x} prefix per byte
     * @return the bytes
     */
    static byte[] parseHex(Path file, String text) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        String[] lines = text.split("\n", -1);
        for (int ln = 0; ln < lines.length; ln++) {
            String line = lines[ln];
            int hash = line.indexOf('#');
            if (hash >= 0) line = line.substring(0, hash);
            for (String tok : line.trim().split("[\\s,]+")) {
                if (tok.isEmpty()) continue;
                String t = tok.startsWith("0x") || tok.startsWith("0X") ? tok.substring(2) : tok;
                if (t.length() % 2 != 0 || !t.matches("[0-9a-fA-F]+")) {
                    throw new EbpfException(file + ":" + (ln + 1) + ": not hex bytes: '" + tok + "'");
                }
                for (int i = 0; i < t.length(); i += 2) out.write(Integer.parseInt(t.substring(i, i + 2), 16));
            }
        }
        return out.toByteArray();
    }
}
