package io.github.ebpf4j.vm.asm;

import io.github.ebpf4j.vm.EbpfException;

/**
 * Assembly text that cannot be assembled: an unknown mnemonic, a wrong operand, a value out of
 * range, an unknown or duplicate label. Carries the 1-based line and column of the offending
 * token, and says them in its message: {@code "line 3, column 12: invalid register '%r50'"}.
 */
public class AssemblerException extends EbpfException {
    private static final long serialVersionUID = 1L;
    private final int line;
    private final int column;
    private final String reason;

    /**
     * @param line 1-based line of the offending token
     * @param column 1-based column of the offending token
     * @param reason what is wrong, without the location
     */
    public AssemblerException(int line, int column, String reason) {
        super("line " + line + ", column " + column + ": " + reason);
        this.line = line;
        this.column = column;
        this.reason = reason;
    }

    /** @return 1-based line of the offending token */
    public int line() { return line; }

    /** @return 1-based column of the offending token */
    public int column() { return column; }

    /** @return what is wrong, without the location */
    public String reason() { return reason; }
}
