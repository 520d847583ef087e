package io.github.ebpf4j.elf;

/**
 * A symbol table entry ({@code Elf64_Sym}).
 *
 * @param index index in the symbol table
 * @param name name from the linked string table ("" for none)
 * @param value {@code st_value}: offset within its section in a relocatable object
 * @param size {@code st_size}
 * @param type {@code ELF64_ST_TYPE(st_info)}
 * @param bind {@code ELF64_ST_BIND(st_info)}
 * @param visibility {@code ELF64_ST_VISIBILITY(st_other)}
 * @param sectionIndex {@code st_shndx}
 */
public record ElfSymbol(int index, String name, long value, long size, int type, int bind, int visibility,
        int sectionIndex) {

    /** No type. */ public static final int STT_NOTYPE = 0;
    /** Data object. */ public static final int STT_OBJECT = 1;
    /** Function. */ public static final int STT_FUNC = 2;
    /** Section. */ public static final int STT_SECTION = 3;
    /** Source file. */ public static final int STT_FILE = 4;
    /** Local binding. */ public static final int STB_LOCAL = 0;
    /** Global binding. */ public static final int STB_GLOBAL = 1;
    /** Weak binding. */ public static final int STB_WEAK = 2;
    /** Undefined section. */ public static final int SHN_UNDEF = 0;
    /** Start of reserved section indices. */ public static final int SHN_LORESERVE = 0xff00;
    /** Absolute value. */ public static final int SHN_ABS = 0xfff1;
    /** Common block. */ public static final int SHN_COMMON = 0xfff2;
    /** Hidden visibility. */ public static final int STV_HIDDEN = 2;
    /** Internal visibility. */ public static final int STV_INTERNAL = 1;

    /**
     * Mirrors libbpf's {@code sym_is_extern()}: NOTYPE, GLOBAL or WEAK, undefined section.
     *
     * @return whether this symbol is an extern ({@code __kconfig}, {@code __ksym})
     */
    public boolean isExtern() {
        return sectionIndex == SHN_UNDEF && (bind == STB_GLOBAL || bind == STB_WEAK) && type == STT_NOTYPE
                && !name.isEmpty();
    }
}
