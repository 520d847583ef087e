package io.github.ebpf4j.elf;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The ELF layer of an object: header, section headers, symbol table and REL relocations of an
 * ELF64 relocatable file for BPF ({@code e_machine} EM_BPF), little- or big-endian. Everything is
 * validated while parsing (offsets, sizes, overlaps, string and symbol references), so later
 * stages can rely on it. Knows nothing about BPF programs or maps; {@link BpfObject} builds on it.
 */
public final class ElfFile {
    /** {@code EM_BPF}, the BPF machine number. */
    public static final int EM_BPF = 247;
    /** {@code ET_REL}, relocatable object. */
    public static final int ET_REL = 1;
    private static final int EHDR_SIZE = 64;
    private static final int SHDR_SIZE = 64;
    private static final int SYM_SIZE = 24;
    private static final int REL_SIZE = 16;

    private final BoundedReader file;
    private final List<ElfSection> sections;
    private final List<ElfSymbol> symbols;
    private final int symtabIndex;
    /** Relocations parsed so far, by target section: parsed on first use, then kept. */
    private final Map<Integer, List<ElfRelocation>> relocations = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<Integer, ElfSection> relocationSections;

    private ElfFile(BoundedReader file, List<ElfSection> sections, List<ElfSymbol> symbols, int symtabIndex,
            Map<Integer, ElfSection> relocationSections) {
        this.file = file;
        this.sections = sections;
        this.symbols = symbols;
        this.symtabIndex = symtabIndex;
        this.relocationSections = relocationSections;
    }

    /**
     * Parses and validates the ELF structure.
     *
     * @param data the file's bytes (not copied; must not be modified afterwards)
     * @param name file name for messages
     * @return the parsed file
     * @throws ElfFormatException on any malformation, naming file, section and offset
     */
    public static ElfFile parse(byte[] data, String name) {
        BoundedReader r = BoundedReader.of(data, name);
        if (data.length < EHDR_SIZE) {
            throw new ElfFormatException(name, null, 0, "truncated ELF header: file has " + data.length
                    + " bytes, the ELF64 header needs " + EHDR_SIZE);
        }
        if (r.u8(0) != 0x7f || r.u8(1) != 'E' || r.u8(2) != 'L' || r.u8(3) != 'F') {
            throw new ElfFormatException(name, null, 0, "not an ELF file (bad magic)");
        }
        if (r.u8(4) != 2) throw new ElfFormatException(name, null, 4, "not ELF64 (EI_CLASS " + r.u8(4) + ")");
        int encoding = r.u8(5);
        if (encoding != 1 && encoding != 2) {
            throw new ElfFormatException(name, null, 5, "unknown data encoding EI_DATA " + encoding);
        }
        r = r.withBigEndian(encoding == 2);
        int type = r.u16(16); // e_type
        int machine = r.u16(18); // e_machine
        if (type != ET_REL) {
            throw new ElfFormatException(name, null, 16, "not a relocatable object (e_type " + type
                    + "): BPF objects are ET_REL");
        }
        if (machine != 0 && machine != EM_BPF) { // libbpf accepts 0 as well
            throw new ElfFormatException(name, null, 18, "not a BPF object (e_machine " + machine + ")");
        }
        long shoff = r.u64(40); // e_shoff
        int shentsize = r.u16(58); // e_shentsize
        long shnum = r.u16(60); // e_shnum
        int shstrndx = r.u16(62); // e_shstrndx
        if (shoff == 0) throw new ElfFormatException(name, null, 40, "no section header table (e_shoff 0)");
        if (shentsize != SHDR_SIZE) {
            throw new ElfFormatException(name, null, 58, "e_shentsize " + shentsize + ", expected " + SHDR_SIZE);
        }
        if (shoff < 0 || shoff > data.length - SHDR_SIZE) {
            throw new ElfFormatException(name, null, 40, "section header table at 0x" + Long.toHexString(shoff)
                    + " lies outside the file (" + data.length + " bytes)");
        }
        BoundedReader first = r.window(null, shoff, SHDR_SIZE);
        if (shnum == 0) shnum = first.u64(32); // extended numbering: sh_size of header 0
        if (shstrndx == 0xffff) shstrndx = first.s32(40); // SHN_XINDEX: sh_link of header 0
        if (shnum > (data.length - shoff) / SHDR_SIZE) {
            throw new ElfFormatException(name, null, shoff, "section header table of " + shnum
                    + " entries at 0x" + Long.toHexString(shoff) + " runs past the end of the file ("
                    + data.length + " bytes)");
        }
        int n = (int) shnum;
        BoundedReader shdrs = r.window(null, shoff, (long) n * SHDR_SIZE);
        long[][] raw = new long[n][];
        for (int i = 0; i < n; i++) {
            long o = (long) i * SHDR_SIZE;
            raw[i] = new long[] {shdrs.u32(o), shdrs.u32(o + 4), shdrs.u64(o + 8), shdrs.u64(o + 24),
                shdrs.u64(o + 32), shdrs.u32(o + 40), shdrs.u32(o + 44), shdrs.u64(o + 48), shdrs.u64(o + 56)};
        }
        if (shstrndx <= 0 || shstrndx >= n) {
            throw new ElfFormatException(name, null, 62, "section name table index " + shstrndx
                    + " out of range (" + n + " sections)");
        }
        BoundedReader shstr = sectionWindow(r, "section name table", raw[shstrndx], shoff + 64L * shstrndx);
        List<ElfSection> sections = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            long[] h = raw[i];
            String secName = i == 0 ? "" : nameAt(shstr, h[0], shoff + (long) i * SHDR_SIZE);
            ElfSection s = new ElfSection(i, secName, (int) h[1], h[2], h[3], h[4], (int) h[5], (int) h[6], h[7], h[8]);
            if (i > 0 && s.fileSize() > 0) sectionWindow(r, secName, h, shoff + (long) i * SHDR_SIZE);
            sections.add(s);
        }
        checkOverlaps(name, sections, shoff, (long) n * SHDR_SIZE);

        // symbol table (libbpf requires exactly one)
        int symtab = -1;
        for (ElfSection s : sections) {
            if (s.type() == ElfSection.SHT_SYMTAB) {
                if (symtab >= 0) throw new ElfFormatException(name, s.name(), s.offset(), "second symbol table");
                symtab = s.index();
            }
        }
        List<ElfSymbol> symbols = List.of();
        if (symtab >= 0) symbols = readSymbols(r, sections, sections.get(symtab));

        Map<Integer, ElfSection> relSecs = new HashMap<>();
        for (ElfSection s : sections) {
            if (s.type() == ElfSection.SHT_RELA) {
                throw new ElfFormatException(name, s.name(), s.offset(), "RELA relocations are not used by BPF objects");
            }
            if (s.type() != ElfSection.SHT_REL) continue;
            if (s.info() <= 0 || s.info() >= n) {
                throw new ElfFormatException(name, s.name(), s.offset(), "relocation target section "
                        + s.info() + " out of range");
            }
            if (relSecs.putIfAbsent(s.info(), s) != null) {
                throw new ElfFormatException(name, s.name(), s.offset(), "second relocation section for section '"
                        + sections.get(s.info()).name() + "'");
            }
        }
        return new ElfFile(r, Collections.unmodifiableList(sections), symbols, symtab, relSecs);
    }

    /** Parses and checks the REL entries for one target section (libbpf reads only those it uses). */
    private List<ElfRelocation> readRelocations(int target) {
        ElfSection s = relocationSections.get(target);
        if (s == null) return List.of();
        String name = fileName();
        if (s.entsize() != REL_SIZE || s.size() % REL_SIZE != 0) {
            throw new ElfFormatException(name, s.name(), s.offset(), "relocation section with entry size "
                    + s.entsize() + " and size " + s.size() + " (Elf64_Rel entries are 16 bytes)");
        }
        if (s.link() != symtabIndex) {
            throw new ElfFormatException(name, s.name(), s.offset(), "relocations refer to section "
                    + s.link() + ", not to the symbol table");
        }
        ElfSection targetSec = sections.get(target);
        BoundedReader w = file.window(s.name(), s.offset(), s.size());
        List<ElfRelocation> list = new ArrayList<>((int) (s.size() / REL_SIZE));
        for (long o = 0; o < s.size(); o += REL_SIZE) {
            long off = w.u64(o);
            long info = w.u64(o + 8);
            long sym = info >>> 32;
            int rtype = (int) info;
            if (sym >= symbols.size()) {
                throw w.error(o, "relocation refers to symbol " + sym + ", only " + symbols.size() + " exist");
            }
            long width = rtype == ElfRelocation.R_BPF_64_ABS32 || rtype == ElfRelocation.R_BPF_64_NODYLD32 ? 4 : 8;
            if (off < 0 || off > targetSec.size() - width) {
                throw w.error(o, "relocation at 0x" + Long.toHexString(off) + " lies outside section '"
                        + targetSec.name() + "' (" + targetSec.size() + " bytes)");
            }
            list.add(new ElfRelocation(off, (int) sym, rtype, w.base() + o));
        }
        list.sort(Comparator.comparingLong(ElfRelocation::offset));
        return Collections.unmodifiableList(list);
    }

    private static BoundedReader sectionWindow(BoundedReader r, String name, long[] h, long hdrOff) {
        if (h[1] == ElfSection.SHT_NOBITS) return r.window(name, 0, 0);
        long off = h[3], size = h[4];
        if (off < 0 || size < 0 || off > r.length() || size > r.length() - off) {
            throw new ElfFormatException(r.file(), name, hdrOff, "section contents at 0x" + Long.toHexString(off)
                    + " (" + size + " bytes) lie outside the file (" + r.length() + " bytes)");
        }
        return r.window(name, off, size);
    }

    private static String nameAt(BoundedReader shstr, long off, long hdrOff) {
        if (off >= shstr.length()) {
            throw new ElfFormatException(shstr.file(), null, hdrOff, "section name offset " + off
                    + " is past the end of the section name table (" + shstr.length() + " bytes)");
        }
        return shstr.cstring(off);
    }

    private static void checkOverlaps(String file, List<ElfSection> sections, long shoff, long shsize) {
        List<long[]> ranges = new ArrayList<>();
        ranges.add(new long[] {0, EHDR_SIZE, -1});
        ranges.add(new long[] {shoff, shoff + shsize, -2});
        for (ElfSection s : sections) {
            if (s.fileSize() > 0) ranges.add(new long[] {s.offset(), s.offset() + s.fileSize(), s.index()});
        }
        ranges.sort(Comparator.comparingLong(a -> a[0]));
        for (int i = 1; i < ranges.size(); i++) {
            long[] a = ranges.get(i - 1), b = ranges.get(i);
            if (b[0] < a[1]) {
                long who = b[2] >= 0 ? b[2] : a[2];
                long other = b[2] >= 0 ? a[2] : b[2];
                String name = who >= 0 ? sections.get((int) who).name() : null;
                throw new ElfFormatException(file, name, b[0], "section contents overlap "
                        + rangeName(sections, other));
            }
        }
    }

    private static String rangeName(List<ElfSection> sections, long id) {
        if (id == -1) return "the ELF header";
        if (id == -2) return "the section header table";
        return "section '" + sections.get((int) id).name() + "'";
    }

    private static List<ElfSymbol> readSymbols(BoundedReader r, List<ElfSection> sections, ElfSection symtab) {
        if (symtab.entsize() != SYM_SIZE || symtab.size() % SYM_SIZE != 0) {
            throw new ElfFormatException(r.file(), symtab.name(), symtab.offset(), "symbol table entry size "
                    + symtab.entsize() + " and size " + symtab.size() + " (Elf64_Sym entries are 24 bytes)");
        }
        if (symtab.link() <= 0 || symtab.link() >= sections.size()
                || sections.get(symtab.link()).type() != ElfSection.SHT_STRTAB) {
            throw new ElfFormatException(r.file(), symtab.name(), symtab.offset(), "symbol string table (sh_link "
                    + symtab.link() + ") is missing or not a string table");
        }
        ElfSection strSec = sections.get(symtab.link());
        BoundedReader str = r.window(strSec.name(), strSec.offset(), strSec.size());
        BoundedReader w = r.window(symtab.name(), symtab.offset(), symtab.size());
        int count = (int) (symtab.size() / SYM_SIZE);
        List<ElfSymbol> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            long o = (long) i * SYM_SIZE;
            long nameOff = w.u32(o); // st_name
            int info = w.u8(o + 4); // st_info
            int other = w.u8(o + 5); // st_other
            int shndx = w.u16(o + 6); // st_shndx
            long value = w.u64(o + 8); // st_value
            long size = w.u64(o + 16); // st_size
            if (nameOff >= str.length() && nameOff != 0) {
                throw w.error(o, "symbol " + i + ": name offset " + nameOff + " is past the end of '"
                        + strSec.name() + "' (" + str.length() + " bytes)");
            }
            String name = nameOff == 0 && str.length() == 0 ? "" : str.cstring(nameOff);
            ElfSymbol sym = new ElfSymbol(i, name, value, size, info & 0xf, info >>> 4, other & 0x3, shndx);
            if (shndx != ElfSymbol.SHN_UNDEF && shndx < ElfSymbol.SHN_LORESERVE) {
                if (shndx >= sections.size()) {
                    throw w.error(o, "symbol '" + name + "' refers to section " + shndx + ", only "
                            + sections.size() + " exist");
                }
                ElfSection s = sections.get(shndx);
                if (value < 0 || value > s.size() || size < 0 || size > s.size() - value) {
                    throw w.error(o, "symbol '" + name + "' at 0x" + Long.toHexString(value) + " (" + size
                            + " bytes) lies outside its section '" + s.name() + "' (" + s.size() + " bytes)");
                }
            }
            out.add(sym);
        }
        return Collections.unmodifiableList(out);
    }

    /** @return the reader over the whole file */
    public BoundedReader reader() { return file; }

    /** @return the file name given to the parser */
    public String fileName() { return file.file(); }

    /** @return whether the object is big-endian ({@code bpfeb}) */
    public boolean bigEndian() { return file.bigEndian(); }

    /** @return all section headers, index 0 included */
    public List<ElfSection> sections() { return sections; }

    /** @param index section index @return the section @throws ElfFormatException if out of range */
    public ElfSection section(int index) {
        if (index < 0 || index >= sections.size()) {
            throw new ElfFormatException(fileName(), null, -1, "section index " + index + " out of range");
        }
        return sections.get(index);
    }

    /** @param name section name @return the first section of that name */
    public Optional<ElfSection> section(String name) {
        return sections.stream().filter(s -> s.index() > 0 && s.name().equals(name)).findFirst();
    }

    /** @param s a section @return a reader over its contents (empty for NOBITS) */
    public BoundedReader contents(ElfSection s) {
        return s.fileSize() == 0 ? file.window(s.name(), 0, 0) : file.window(s.name(), s.offset(), s.size());
    }

    /** @return the symbol table (entry 0 included), empty if the object has none */
    public List<ElfSymbol> symbols() { return symbols; }

    /** @return index of the symbol table section, or -1 */
    public int symbolTableIndex() { return symtabIndex; }

    /**
     * @param sectionIndex target section
     * @return its relocations sorted by offset (maybe empty); checked on first use
     * @throws ElfFormatException if the relocation section is malformed
     */
    public List<ElfRelocation> relocations(int sectionIndex) {
        List<ElfRelocation> l = relocations.get(sectionIndex);
        if (l == null) {
            l = readRelocations(sectionIndex);
            relocations.put(sectionIndex, l);
        }
        return l;
    }

    /** @param sectionIndex target section @return the REL section holding its relocations */
    public Optional<ElfSection> relocationSection(int sectionIndex) {
        return Optional.ofNullable(relocationSections.get(sectionIndex));
    }
}
