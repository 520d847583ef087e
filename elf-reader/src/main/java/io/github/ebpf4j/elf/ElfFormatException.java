package io.github.ebpf4j.elf;

import io.github.ebpf4j.vm.EbpfException;

/**
 * An object file ebpf4j cannot load: malformed ELF, BTF or BTF.ext, or a construct that libbpf
 * would refuse. The message names the file, the section and the byte offset in the file, e.g.
 * {@code "fw.o: section '.BTF': offset 0x1a4: type [7] refers to type [99], only 42 exist"}.
 */
public class ElfFormatException extends EbpfException {
    private static final long serialVersionUID = 1L;

    private final String file;
    private final String section;
    private final long offset;

    /**
     * @param file file name as given to the loader
     * @param section section name, or null when the defect is not inside a section
     * @param offset byte offset in the file, or -1 when none applies
     * @param reason what is wrong
     */
    public ElfFormatException(String file, String section, long offset, String reason) {
        super(format(file, section, offset, reason));
        this.file = file;
        this.section = section;
        this.offset = offset;
    }

    /**
     * @param file file name @param section section name or null @param offset file offset or -1
     * @param reason what is wrong @param cause the underlying exception
     */
    public ElfFormatException(String file, String section, long offset, String reason, Throwable cause) {
        super(format(file, section, offset, reason), cause);
        this.file = file;
        this.section = section;
        this.offset = offset;
    }

    private static String format(String file, String section, long offset, String reason) {
        StringBuilder sb = new StringBuilder(file);
        if (section != null) sb.append(": section '").append(section).append('\'');
        if (offset >= 0) sb.append(": offset 0x").append(Long.toHexString(offset));
        return sb.append(": ").append(reason).toString();
    }

    /** @return the file name */
    public String file() { return file; }

    /** @return the section name, or null */
    public String section() { return section; }

    /** @return the byte offset in the file, or -1 */
    public long offset() { return offset; }
}
