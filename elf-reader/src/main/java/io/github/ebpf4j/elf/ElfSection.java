package io.github.ebpf4j.elf;

/**
 * A section header of an ELF64 object ({@code Elf64_Shdr}).
 *
 * @param index section index
 * @param name name from the section header string table
 * @param type {@code sh_type} (see the {@code SHT_} constants)
 * @param flags {@code sh_flags}
 * @param offset {@code sh_offset}: file offset of the contents
 * @param size {@code sh_size}
 * @param link {@code sh_link}
 * @param info {@code sh_info}
 * @param addralign {@code sh_addralign}
 * @param entsize {@code sh_entsize}
 */
public record ElfSection(int index, String name, int type, long flags, long offset, long size, int link,
        int info, long addralign, long entsize) {

    /** Inactive entry. */ public static final int SHT_NULL = 0;
    /** Program-defined contents (code, data, BTF). */ public static final int SHT_PROGBITS = 1;
    /** Symbol table. */ public static final int SHT_SYMTAB = 2;
    /** String table. */ public static final int SHT_STRTAB = 3;
    /** Relocations with addends. */ public static final int SHT_RELA = 4;
    /** Occupies no file space (.bss). */ public static final int SHT_NOBITS = 8;
    /** Relocations without addends. */ public static final int SHT_REL = 9;
    /** Writable at run time. */ public static final long SHF_WRITE = 0x1;
    /** Occupies memory at run time. */ public static final long SHF_ALLOC = 0x2;
    /** Executable instructions. */ public static final long SHF_EXECINSTR = 0x4;

    /** @return whether the section holds instructions (PROGBITS and SHF_EXECINSTR) */
    public boolean executable() {
        return type == SHT_PROGBITS && (flags & SHF_EXECINSTR) != 0;
    }

    /** @return the bytes it occupies in the file (0 for NOBITS) */
    public long fileSize() {
        return type == SHT_NOBITS || type == SHT_NULL ? 0 : size;
    }
}
