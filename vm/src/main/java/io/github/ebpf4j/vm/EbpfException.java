package io.github.ebpf4j.vm;

/**
 * Root of every exception ebpf4j throws on purpose: bad input (a malformed ELF file, an invalid
 * instruction encoding, assembler syntax) and faults of a running program. Anything else escaping
 * the library is a bug of ours.
 */
public class EbpfException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * @param message what went wrong, naming the file, section, instruction index or byte offset
     */
    public EbpfException(String message) {
        super(message);
    }

    /**
     * @param message what went wrong
     * @param cause the underlying exception
     */
    public EbpfException(String message, Throwable cause) {
        super(message, cause);
    }
}
