package io.github.ebpf4j.vm.asm;

import io.github.ebpf4j.vm.isa.Program;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Pattern;

/**
 * One test of the bpf_conformance suite (a {@code .data} file), parsed as that suite's README
 * describes it: lines are read one by one (a trailing CR dropped, everything from {@code #} on
 * dropped); a line containing {@code --} opens the section named by the first of {@code asm},
 * {@code result}, {@code mem}, {@code raw}, {@code no register offset}, {@code  c}, {@code error}
 * it contains; any other directive makes the whole file skipped.
 *
 * <ul>
 *   <li>{@code -- asm}: lines of all asm sections, concatenated, for {@link ConformanceAssembler}.
 *       {@link #asm()} keeps every other line as an empty line, so assembler errors name the line
 *       of the {@code .data} file;
 *   <li>{@code -- raw}: whitespace-separated 64-bit words, {@code 0x} hex or decimal, low byte
 *       the opcode. When present the asm text is not assembled. A line of exactly eight two-digit
 *       hex tokens is read as the eight bytes of one instruction in memory order, the layout the
 *       suite's {@code negative/unused-*.data} files use;
 *   <li>{@code -- mem}: whitespace-separated hex bytes, the input memory;
 *   <li>{@code -- result}: the last non-empty line, the expected r0: hex if it contains
 *       {@code 0x}, else decimal (unsigned 64-bit; a leading {@code -} wraps);
 *   <li>{@code -- error}: the last non-empty line, the expected error text.
 * </ul>
 *
 * Malformed content (a bad hex byte, an unparsable result) is an {@link AssemblerException}
 * naming the line and column in the {@code .data} file.
 */
public final class ConformanceFile {

    private static final Pattern HEX_BYTE = Pattern.compile("[0-9a-fA-F]{2}");
    private static final Pattern MEM_BYTE = Pattern.compile("[0-9a-fA-F]{1,2}");
    private final String asm;
    private final long[] raw;
    private final byte[] memory;
    private final Long result;
    private final String error;
    private final String unknownDirective;

    private ConformanceFile(String asm, long[] raw, byte[] memory, Long result, String error,
            String unknownDirective) {
        this.asm = asm;
        this.raw = raw;
        this.memory = memory;
        this.result = result;
        this.error = error;
        this.unknownDirective = unknownDirective;
    }

    private enum Section { NONE, ASM, RESULT, MEM, RAW, IGNORED, ERROR }

    /**
     * @param text the content of a {@code .data} file
     * @return the parsed test
     * @throws AssemblerException if a {@code -- mem}, {@code -- raw} or {@code -- result} section
     *     cannot be read
     */
    public static ConformanceFile parse(String text) {
        String[] lines = text.split("\n", -1);
        StringBuilder asm = new StringBuilder();
        boolean hasAsm = false;
        List<Long> raw = null;
        ByteArrayOutputStream mem = null;
        String resultLine = null;
        int resultLineNo = 0;
        int resultCol = 0;
        String errorLine = null;
        String unknown = null;
        Section section = Section.NONE;
        for (int i = 0; i < lines.length; i++) {
            int lineNo = i + 1;
            String line = lines[i];
            if (line.endsWith("\r")) line = line.substring(0, line.length() - 1);
            int hash = line.indexOf('#');
            if (hash >= 0) line = line.substring(0, hash);
            if (i > 0) asm.append('\n');
            if (line.contains("--")) {
                section = directive(line);
                if (section == null) {
                    if (unknown == null) unknown = line.trim();
                    section = Section.IGNORED;
                }
                if (section == Section.ASM) hasAsm = true;
                if (section == Section.RAW && raw == null) raw = new ArrayList<>();
                if (section == Section.MEM && mem == null) mem = new ByteArrayOutputStream();
                continue;
            }
            String trimmed = line.trim();
            switch (section) {
                case ASM:
                    asm.append(line);
                    break;
                case RAW:
                    readRaw(line, lineNo, raw);
                    break;
                case MEM:
                    readMem(line, lineNo, mem);
                    break;
                case RESULT:
                    if (!trimmed.isEmpty()) {
                        resultLine = trimmed;
                        resultLineNo = lineNo;
                        resultCol = line.indexOf(trimmed) + 1;
                    }
                    break;
                case ERROR:
                    if (!trimmed.isEmpty()) errorLine = trimmed;
                    break;
                default:
                    break;
            }
        }
        Long result = resultLine == null ? null : parseResult(resultLine, resultLineNo, resultCol);
        long[] words = null;
        if (raw != null) {
            words = new long[raw.size()];
            for (int i = 0; i < words.length; i++) words[i] = raw.get(i);
        }
        return new ConformanceFile(hasAsm ? asm.toString() : null, words,
                mem == null ? null : mem.toByteArray(), result, errorLine, unknown);
    }

    /** @return the section a directive line opens, or null for an unknown directive */
    private static Section directive(String line) {
        if (line.contains("asm")) return Section.ASM;
        if (line.contains("result")) return Section.RESULT;
        if (line.contains("mem")) return Section.MEM;
        if (line.contains("raw")) return Section.RAW;
        if (line.contains("no register offset")) return Section.IGNORED;
        if (line.contains(" c")) return Section.IGNORED;
        if (line.contains("error")) return Section.ERROR;
        return null;
    }

    private static void readRaw(String line, int lineNo, List<Long> out) {
        List<int[]> spans = words(line);
        boolean bytes = spans.size() == 8;
        for (int[] s : spans) {
            if (!HEX_BYTE.matcher(line.substring(s[0], s[1])).matches()) bytes = false;
        }
        if (bytes) {
            long w = 0;
            for (int k = 0; k < 8; k++) {
                int[] s = spans.get(k);
                w |= Long.parseLong(line.substring(s[0], s[1]), 16) << (8 * k);
            }
            out.add(w);
            return;
        }
        for (int[] s : spans) {
            String tok = line.substring(s[0], s[1]);
            try {
                if (tok.startsWith("0x") || tok.startsWith("0X")) {
                    out.add(Long.parseUnsignedLong(tok.substring(2), 16));
                } else {
                    out.add(Long.parseUnsignedLong(tok));
                }
            } catch (NumberFormatException e) {
                throw new AssemblerException(lineNo, s[0] + 1, "not a 64-bit instruction word: '" + tok + "'");
            }
        }
    }

    private static void readMem(String line, int lineNo, ByteArrayOutputStream out) {
        for (int[] s : words(line)) {
            String tok = line.substring(s[0], s[1]);
            if (!MEM_BYTE.matcher(tok).matches()) {
                throw new AssemblerException(lineNo, s[0] + 1, "not a hex byte: '" + tok + "'");
            }
            out.write(Integer.parseInt(tok, 16));
        }
    }

    private static Long parseResult(String s, int lineNo, int col) {
        try {
            if (s.contains("0x")) {
                boolean neg = s.startsWith("-");
                String h = (neg ? s.substring(1) : s);
                if (!h.startsWith("0x")) throw new NumberFormatException(s);
                long v = Long.parseUnsignedLong(h.substring(2), 16);
                return neg ? -v : v;
            }
            if (s.startsWith("-")) return -Long.parseUnsignedLong(s.substring(1));
            return Long.parseUnsignedLong(s);
        } catch (NumberFormatException e) {
            throw new AssemblerException(lineNo, col, "expected result is not a 64-bit number: '" + s + "'");
        }
    }

    /** @return {start, end} of each whitespace-separated word */
    private static List<int[]> words(String line) {
        List<int[]> out = new ArrayList<>();
        int i = 0;
        while (i < line.length()) {
            while (i < line.length() && Character.isWhitespace(line.charAt(i))) i++;
            int start = i;
            while (i < line.length() && !Character.isWhitespace(line.charAt(i))) i++;
            if (i > start) out.add(new int[] {start, i});
        }
        return out;
    }

    /**
     * @return the {@code -- asm} text, with lines of other sections blanked so that line numbers
     *     match the file; empty if there is no asm section
     */
    public Optional<String> asm() { return Optional.ofNullable(asm); }

    /** @return the {@code -- raw} instruction words, if that section is present */
    public Optional<long[]> raw() { return Optional.ofNullable(raw == null ? null : raw.clone()); }

    /** @return the input memory, if a {@code -- mem} section is present */
    public Optional<byte[]> memory() { return Optional.ofNullable(memory == null ? null : memory.clone()); }

    /** @return the expected r0, if a {@code -- result} line is present */
    public OptionalLong result() { return result == null ? OptionalLong.empty() : OptionalLong.of(result); }

    /** @return the expected error text, if a non-empty {@code -- error} line is present */
    public Optional<String> error() { return Optional.ofNullable(error); }

    /**
     * @return the expected r0 if the program runs: the result line, or 0 when there is none (the
     *     suite's rule for files with only an error line)
     */
    public long expectedResult() { return result == null ? 0 : result; }

    /** @return the first unknown directive line, which makes the upstream runner skip the file */
    public Optional<String> unknownDirective() { return Optional.ofNullable(unknownDirective); }

    /**
     * @return the program: the raw words when a {@code -- raw} section exists, else the assembled
     *     asm text (empty when neither exists)
     * @throws AssemblerException if the asm text does not assemble
     */
    public Program program() {
        if (raw != null) return Program.of(raw);
        if (asm != null) return ConformanceAssembler.assemble(asm);
        return Program.of(new long[0]);
    }

    /**
     * The upstream runner skips a file with an unknown directive, one without a result or error
     * line, or one whose program is empty.
     *
     * @return true if the upstream runner would skip this file
     * @throws AssemblerException if the asm text does not assemble
     */
    public boolean skipped() {
        return unknownDirective != null || (result == null && error == null) || program().size() == 0;
    }
}
