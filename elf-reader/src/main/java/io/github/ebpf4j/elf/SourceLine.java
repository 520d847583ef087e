package io.github.ebpf4j.elf;

/**
 * A source position from {@code .BTF.ext} line info.
 *
 * @param file source file name as the compiler recorded it
 * @param line line number (1-based)
 * @param column column number (0 if unknown)
 * @param text the source line's text (clang stores it in the BTF strings)
 */
public record SourceLine(String file, int line, int column, String text) {}
