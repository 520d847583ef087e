package io.github.ebpf4j.cli;

import io.github.ebpf4j.vm.EbpfException;
import io.github.ebpf4j.vm.asm.Assembler;
import io.github.ebpf4j.vm.asm.AssemblerException;
import io.github.ebpf4j.vm.asm.ConformanceAssembler;
import io.github.ebpf4j.vm.asm.ConformanceFile;
import io.github.ebpf4j.vm.isa.Program;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * Reads a program from a file given on the command line: raw bytecode ({@code .bin}, 8 bytes per
 * slot, little-endian), hex text ({@code .hex}: whitespace-separated bytes, {@code #} comments),
 * assembly ({@code .s}: the bpf_conformance suite's syntax when it uses {@code %rN} registers,
 * LLVM's BPF syntax otherwise) or a bpf_conformance test ({@code .data}).
 */
final class ProgramFiles {
    private ProgramFiles() {}

    /** A conformance-syntax register: {@code %r0} to {@code %r15}. */
    private static final Pattern CONFORMANCE_REGISTER = Pattern.compile("%r\\d");

    /**
     * @param file the file
     * @return its program
     * @throws EbpfException naming the file (and line:column for assembly) when it cannot be read
     *     or parsed
     */
    static Program load(Path file) {
        String name = file.getFileName().toString();
        if (name.endsWith(".s")) return assemble(file, readText(file));
        if (name.endsWith(".data")) {
            String text = readText(file);
            try {
                return ConformanceFile.parse(text).program();
            } catch (AssemblerException e) {
                throw located(file, e);
            }
        }
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
     * @param file a program file
     * @return the {@code -- mem} bytes of a conformance test ({@code .data}), else null
     */
    static byte[] memoryOf(Path file) {
        if (!file.getFileName().toString().endsWith(".data")) return null;
        try {
            return ConformanceFile.parse(readText(file)).memory().orElse(null);
        } catch (AssemblerException e) {
            throw located(file, e);
        }
    }

    /**
     * @param file for messages
     * @param text assembly source
     * @return the program, assembled with {@link ConformanceAssembler} when the text uses
     *     {@code %rN} registers, with {@link Assembler} (LLVM syntax) otherwise
     * @throws EbpfException as {@code FILE:LINE:COLUMN: reason}
     */
    static Program assemble(Path file, String text) {
        try {
            return isConformanceSyntax(text) ? ConformanceAssembler.assemble(text) : Assembler.assemble(text);
        } catch (AssemblerException e) {
            throw located(file, e);
        }
    }

    /**
     * @param file for messages
     * @param text assembly source
     * @return the program with its labels (none for the conformance syntax)
     * @throws EbpfException as {@code FILE:LINE:COLUMN: reason}
     */
    static Assembler.Assembly assembleWithLabels(Path file, String text) {
        if (isConformanceSyntax(text)) return new Assembler.Assembly(assemble(file, text), java.util.Map.of());
        try {
            return Assembler.assembleWithLabels(text);
        } catch (AssemblerException e) {
            throw located(file, e);
        }
    }

    /** @param text assembly @return true if it is written in the conformance suite's syntax */
    static boolean isConformanceSyntax(String text) {
        return CONFORMANCE_REGISTER.matcher(text).find();
    }

    private static EbpfException located(Path file, AssemblerException e) {
        return new EbpfException(file + ":" + e.line() + ":" + e.column() + ": " + e.reason(), e);
    }

    /**
     * @param file the file
     * @return its content as UTF-8
     * @throws EbpfException naming the file when it cannot be read
     */
    static String readText(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new EbpfException(file + ": cannot read: " + e.getMessage(), e);
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
