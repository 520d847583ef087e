package io.github.ebpf4j.elf;

/**
 * One {@code Elf64_Rel} entry: BPF objects use REL (no addend; the addend is in the patched
 * field itself).
 *
 * @param offset {@code r_offset}: byte offset in the target section
 * @param symbolIndex {@code ELF64_R_SYM(r_info)}
 * @param type {@code ELF64_R_TYPE(r_info)}, one of the {@code R_BPF_} constants
 * @param fileOffset where this entry sits in the file (for messages)
 */
public record ElfRelocation(long offset, int symbolIndex, int type, long fileOffset) {
    /** No relocation. */ public static final int R_BPF_NONE = 0;
    /** 64-bit immediate of an LD_IMM64 (map, global data, function address). */
    public static final int R_BPF_64_64 = 1;
    /** 64-bit absolute data (.maps initialisers, DWARF). */ public static final int R_BPF_64_ABS64 = 2;
    /** 32-bit absolute data (DWARF, .BTF). */ public static final int R_BPF_64_ABS32 = 3;
    /** 32-bit data not resolved by the dynamic loader (.BTF.ext, DWARF lines). */
    public static final int R_BPF_64_NODYLD32 = 4;
    /** 32-bit PC-relative call immediate (bpf-to-bpf call). */ public static final int R_BPF_64_32 = 10;

    /** @param type a relocation type @return its LLVM name, or "type N" */
    public static String typeName(int type) {
        switch (type) {
            case R_BPF_NONE: return "R_BPF_NONE";
            case R_BPF_64_64: return "R_BPF_64_64";
            case R_BPF_64_ABS64: return "R_BPF_64_ABS64";
            case R_BPF_64_ABS32: return "R_BPF_64_ABS32";
            case R_BPF_64_NODYLD32: return "R_BPF_64_NODYLD32";
            case R_BPF_64_32: return "R_BPF_64_32";
            default: return "type " + type;
        }
    }
}
