package io.github.ebpf4j.elf;

import io.github.ebpf4j.elf.btf.Btf;
import io.github.ebpf4j.elf.btf.BtfExt;
import io.github.ebpf4j.elf.btf.BtfKind;
import io.github.ebpf4j.elf.btf.BtfType;
import io.github.ebpf4j.vm.isa.Bpf;
import io.github.ebpf4j.vm.isa.Insn;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The loading pipeline behind {@link BpfObject#load(byte[], String)}; one instance per load. */
final class ObjectLoader {
    private final byte[] bytes;
    private final String fileName;
    private ElfFile elf;
    private Btf btf;
    private BtfExt btfExt = BtfExt.EMPTY;
    private int textIndex = -1;
    private final Map<Integer, CodeSection> code = new HashMap<>();
    private final List<Extern> externs = new ArrayList<>();
    private final Map<Integer, Integer> externBySymbol = new HashMap<>();
    private final Map<Function, Long> functionSymbols = new java.util.IdentityHashMap<>();
    private MapCollector maps;
    private long linkedTotal;
    /** Bounds the memory linking may take: every program copies the subprograms it calls. */
    static final long MAX_LINKED_TOTAL = 16_000_000;

    ObjectLoader(byte[] bytes, String fileName) {
        this.bytes = bytes;
        this.fileName = fileName;
    }

    BpfObject load() {
        try {
            return doLoad();
        } catch (ElfFormatException e) {
            throw e;
        } catch (RuntimeException e) { // a bug of ours; still never a raw stack trace for the user
            throw new ElfFormatException(fileName, null, -1, "cannot load (internal error): " + e, e);
        }
    }

    private BpfObject doLoad() {
        elf = ElfFile.parse(bytes, fileName);
        String objName = objectName(fileName);
        if (elf.symbolTableIndex() < 0) {
            throw new ElfFormatException(fileName, null, -1, "no symbol table (stripped object file?)");
        }
        Optional<String> license = elf.section("license").map(s -> cString(elf.contents(s)));
        Optional<Integer> version = elf.section("version").map(s -> {
            BoundedReader r = elf.contents(s);
            if (r.length() != 4) throw r.error(0, "invalid kernel version section: " + r.length() + " bytes, expected 4");
            return r.s32(0);
        });
        elf.section(".BTF").ifPresent(s -> btf = fixupDatasecs(Btf.parse(elf.contents(s)), elf.contents(s)));
        elf.section(".BTF.ext").ifPresent(s -> {
            if (btf == null) throw elf.contents(s).error(0, ".BTF.ext without .BTF");
            btfExt = BtfExt.parse(elf.contents(s), btf);
        });
        collectCode();
        collectExterns();
        maps = new MapCollector(elf, btf, objName);
        maps.collectLegacy();
        maps.collectBtfMaps();
        maps.collectGlobalData();
        maps.collectKconfig(externs);
        maps.collectInitialSlots();
        applyExtInfo();
        for (CodeSection cs : code.values()) collectRelos(cs);
        List<BpfProgram> programs = new ArrayList<>();
        List<CodeSection> sections = new ArrayList<>(code.values());
        sections.sort(Comparator.comparingInt(c -> c.elf.index()));
        for (CodeSection cs : sections) {
            if (cs.elf.index() == textIndex) continue; // subprograms only (prog_is_subprog)
            for (Function f : cs.functions) {
                BpfProgram p = new ProgramLinker(this, f).link();
                linkedTotal += p.instructions().size();
                if (linkedTotal > MAX_LINKED_TOTAL) {
                    throw new ElfFormatException(fileName, cs.name(), -1, "programs total more than " + MAX_LINKED_TOTAL
                            + " instructions after linking");
                }
                programs.add(p);
            }
        }
        return new BpfObject(objName, elf, programs, maps.maps(), externs, Optional.ofNullable(btf), btfExt, license,
                version);
    }

    /**
     * Mirrors {@code btf_fixup_datasec()}: clang leaves DATASEC sizes and variable offsets zero;
     * they come from the ELF section size and the variables' symbols. Hidden globals become
     * static. Variables are then sorted by offset.
     */
    private Btf fixupDatasecs(Btf raw, BoundedReader at) {
        Map<Integer, BtfType> fixed = new HashMap<>();
        Map<String, ElfSymbol> varSymbols = new HashMap<>(); // find_elf_var_sym(): first GLOBAL/WEAK OBJECT
        for (ElfSymbol s : elf.symbols()) {
            if (s.type() == ElfSymbol.STT_OBJECT && (s.bind() == ElfSymbol.STB_GLOBAL || s.bind() == ElfSymbol.STB_WEAK)) {
                varSymbols.putIfAbsent(s.name(), s);
            }
        }
        for (BtfType t : raw.types()) {
            if (!(t instanceof BtfType.Datasec ds)) continue;
            List<BtfType.VarSecinfo> vars = new ArrayList<>(ds.vars());
            long size = ds.size();
            if (!ds.name().equals(".kconfig") && !ds.name().equals(".ksyms")) {
                boolean fixOffsets = false;
                if (size == 0) {
                    ElfSection sec = elf.section(ds.name()).orElse(null);
                    if (sec == null || sec.size() == 0) {
                        throw at.error(-1, "DATASEC '" + ds.name() + "': failed to determine size from ELF");
                    }
                    size = sec.size();
                    fixOffsets = true;
                }
                for (int i = 0; i < vars.size(); i++) {
                    BtfType.VarSecinfo vi = vars.get(i);
                    if (!(raw.type(vi.type()) instanceof BtfType.Var var)) {
                        throw at.error(-1, "DATASEC '" + ds.name() + "': entry " + i + " is not a VAR");
                    }
                    if (var.linkage() == 0 || var.linkage() == 2) continue; // static or extern
                    ElfSymbol sym = varSymbols.get(var.name());
                    if (sym == null) {
                        throw at.error(-1, "DATASEC '" + ds.name() + "': failed to find ELF symbol for variable '"
                                + var.name() + "'");
                    }
                    if (fixOffsets) vars.set(i, new BtfType.VarSecinfo(vi.type(), sym.value(), vi.size()));
                    if (sym.visibility() == ElfSymbol.STV_HIDDEN || sym.visibility() == ElfSymbol.STV_INTERNAL) {
                        fixed.put(var.id(), new BtfType.Var(var.id(), var.name(), var.type(), 0));
                    }
                }
            }
            vars.sort(Comparator.comparingLong(BtfType.VarSecinfo::offset));
            fixed.put(ds.id(), new BtfType.Datasec(ds.id(), ds.name(), size, List.copyOf(vars)));
        }
        return raw.withTypes(fixed);
    }

    /** libbpf names an object after its file, up to the first dot. */
    static String objectName(String fileName) {
        String base = fileName.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1);
        int dot = base.indexOf('.');
        return dot >= 0 ? base.substring(0, dot) : base;
    }

    private static String cString(BoundedReader r) {
        int n = 0;
        while (n < r.length() && r.u8(n) != 0) n++;
        return new String(r.bytes(0, n), StandardCharsets.UTF_8);
    }

    private final Map<String, Optional<SectionDef>> sectionDefs = new HashMap<>();

    /** libbpf's section definition for a section name, looked up once per name. */
    Optional<SectionDef> sectionDef(String section) {
        return sectionDefs.computeIfAbsent(section, SectionDef::find);
    }

    ElfFile elf() { return elf; }
    Btf btf() { return btf; }
    int textIndex() { return textIndex; }
    CodeSection code(int index) { return code.get(index); }
    List<Extern> externs() { return externs; }
    MapCollector maps() { return maps; }

    /** Executable sections and their functions, as {@code bpf_object__add_programs()}. */
    private void collectCode() {
        for (ElfSection s : elf.sections()) {
            if (!s.executable() || s.size() == 0) continue;
            if (s.name().equals(".text")) textIndex = s.index();
            code.put(s.index(), new CodeSection(s, elf.contents(s)));
        }
        BoundedReader symtab = elf.contents(elf.section(elf.symbolTableIndex()));
        for (ElfSymbol sym : elf.symbols()) {
            CodeSection cs = code.get(sym.sectionIndex());
            if (cs == null || sym.type() != ElfSymbol.STT_FUNC) continue;
            long symOff = 24L * sym.index();
            if (sym.value() % 8 != 0 || sym.size() % 8 != 0) {
                throw symtab.error(symOff, "function '" + sym.name() + "' at " + cs.name() + "+0x"
                        + Long.toHexString(sym.value()) + " (" + sym.size() + " bytes) is not instruction-aligned");
            }
            if (sym.name().isEmpty()) throw symtab.error(symOff, "function without a name in '" + cs.name() + "'");
            if (cs.elf.index() != textIndex && sym.bind() == ElfSymbol.STB_LOCAL) {
                throw symtab.error(symOff, "section '" + cs.name() + "': program '" + sym.name()
                        + "' is static and not supported (libbpf refuses static programs outside .text)");
            }
            cs.functions.add(new Function(sym.name(), cs, (int) (sym.value() / 8), (int) (sym.size() / 8)));
            functionSymbols.put(cs.functions.get(cs.functions.size() - 1), symOff);
        }
        for (CodeSection cs : code.values()) {
            cs.functions.sort(Comparator.comparingInt(f -> f.secInsnOff));
            for (int i = 1; i < cs.functions.size(); i++) {
                Function a = cs.functions.get(i - 1), b = cs.functions.get(i);
                if (b.secInsnOff < a.secInsnOff + a.insnCnt) {
                    throw symtab.error(functionSymbols.get(b), "function '" + b.name + "' overlaps '" + a.name
                            + "' in '" + cs.name() + "'");
                }
            }
        }
    }

    /** Mirrors {@code bpf_object__collect_externs()}, including the kconfig layout. */
    private void collectExterns() {
        BoundedReader symtab = elf.contents(elf.section(elf.symbolTableIndex()));
        List<Extern> found = new ArrayList<>();
        List<Integer> symIdx = new ArrayList<>();
        for (ElfSymbol sym : elf.symbols()) {
            if (!sym.isExtern()) continue;
            long at = 24L * sym.index();
            if (btf == null) throw symtab.error(at, "extern '" + sym.name() + "' needs BTF, the object has none");
            BtfType var = null;
            for (BtfType t : btf.types()) {
                if ((t.kind() == BtfKind.VAR || t.kind() == BtfKind.FUNC) && t.name().equals(sym.name())) {
                    var = t;
                    break;
                }
            }
            if (var == null) throw symtab.error(at, "failed to find BTF for extern '" + sym.name() + "'");
            String sec = null;
            for (BtfType t : btf.types()) {
                if (t instanceof BtfType.Datasec ds) {
                    for (BtfType.VarSecinfo vi : ds.vars()) {
                        if (vi.type() == var.id()) sec = ds.name();
                    }
                }
            }
            boolean weak = sym.bind() == ElfSymbol.STB_WEAK;
            if (".kconfig".equals(sec)) {
                if (!(var instanceof BtfType.Var v)) {
                    throw symtab.error(at, "extern function " + sym.name() + " is unsupported under .kconfig section");
                }
                long sz = btf.resolveSize(v.type());
                int align = btf.alignOf(v.type());
                if (sz <= 0 || sz > 1 << 20 || align <= 0) {
                    throw symtab.error(at, "failed to resolve size of extern (kcfg) '" + sym.name() + "'");
                }
                found.add(new Extern(sym.name(), Extern.Kind.KCONFIG, weak, false, var.id(), (int) sz, align));
            } else if (".ksyms".equals(sec)) {
                found.add(new Extern(sym.name(), Extern.Kind.KSYM, weak, var.kind() == BtfKind.FUNC, var.id(), 0, -1));
            } else {
                throw symtab.error(at, "extern '" + sym.name() + "' in unrecognized section "
                        + (sec == null ? "(none)" : "'" + sec + "'"));
            }
            symIdx.add(sym.index());
        }
        // cmp_externs: kcfg before ksym; kcfg by alignment (descending) then size; then name.
        // The Extern's dataOffset temporarily holds the alignment.
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < found.size(); i++) order.add(i);
        order.sort((a, b) -> {
            Extern x = found.get(a), y = found.get(b);
            if (x.kind() != y.kind()) return x.kind().compareTo(y.kind());
            if (x.kind() == Extern.Kind.KCONFIG) {
                if (x.dataOffset() != y.dataOffset()) return Integer.compare(y.dataOffset(), x.dataOffset());
                if (x.size() != y.size()) return Integer.compare(x.size(), y.size());
            }
            return x.name().compareTo(y.name());
        });
        int off = 0;
        for (int i : order) {
            Extern e = found.get(i);
            if (e.kind() == Extern.Kind.KCONFIG) {
                int align = e.dataOffset();
                int dataOff = (off + align - 1) / align * align;
                off = dataOff + e.size();
                e = new Extern(e.name(), e.kind(), e.weak(), false, e.btfTypeId(), e.size(), dataOff);
            }
            externBySymbol.put(symIdx.get(i), externs.size());
            externs.add(e);
        }
    }

    /** Line info, func info and CO-RE relocations from .BTF.ext, per code section. */
    private void applyExtInfo() {
        BoundedReader ext = elf.section(".BTF.ext").map(elf::contents).orElse(null);
        Map<String, CodeSection> byName = new HashMap<>();
        for (CodeSection cs : code.values()) byName.putIfAbsent(cs.name(), cs);
        for (BtfExt.LineInfo li : btfExt.lineInfos()) {
            CodeSection cs = byName.get(li.section());
            int idx = insnIndex(ext, cs, li.section(), li.insnOff(), "line info");
            cs.lines[idx] = new SourceLine(li.file(), li.line(), li.column(), li.text());
        }
        for (BtfExt.FuncInfo fi : btfExt.funcInfos()) {
            CodeSection cs = byName.get(fi.section());
            int idx = insnIndex(ext, cs, fi.section(), fi.insnOff(), "func info");
            if (!(btf.type(fi.typeId()) instanceof BtfType.Func)) {
                throw ext.error(-1, "func info for " + fi.section() + "+0x" + Long.toHexString(fi.insnOff())
                        + " refers to type [" + fi.typeId() + "], not a FUNC");
            }
            cs.funcTypes[idx] = fi.typeId();
        }
        if (!btfExt.coreRelos().isEmpty()) {
            CoreRelocator core = new CoreRelocator(btf, ext);
            for (BtfExt.CoreRelo cr : btfExt.coreRelos()) {
                CodeSection cs = byName.get(cr.section());
                insnIndex(ext, cs, cr.section(), cr.insnOff(), "CO-RE relocation");
                core.apply(cs, cr);
            }
        }
    }

    private static int insnIndex(BoundedReader ext, CodeSection cs, String sec, long off, String what) {
        if (cs == null) throw ext.error(-1, what + " for section '" + sec + "', which holds no code");
        if (off % 8 != 0 || off / 8 >= cs.insns.length) {
            throw ext.error(-1, what + " at " + sec + "+0x" + Long.toHexString(off) + " is not on an instruction");
        }
        return (int) (off / 8);
    }

    private static String where(CodeSection cs, ElfRelocation r) {
        return "relocation at " + cs.name() + "+0x" + Long.toHexString(r.offset());
    }

    /** Mirrors {@code bpf_object__collect_prog_relos()} and {@code bpf_program__record_reloc()}. */
    private void collectRelos(CodeSection cs) {
        List<ElfRelocation> rels = elf.relocations(cs.elf.index());
        if (rels.isEmpty()) return;
        BoundedReader rr = elf.contents(elf.relocationSection(cs.elf.index()).orElseThrow());
        for (ElfRelocation r : rels) {
            long at = r.fileOffset() - rr.base();
            if (r.type() == ElfRelocation.R_BPF_NONE) continue;
            if (r.type() != ElfRelocation.R_BPF_64_64 && r.type() != ElfRelocation.R_BPF_64_32) {
                throw rr.error(at, where(cs, r) + ": unsupported type " + ElfRelocation.typeName(r.type()) + " in code");
            }
            if (r.offset() % 8 != 0) throw rr.error(at, where(cs, r) + ": not on an instruction boundary");
            int idx = (int) (r.offset() / 8);
            Function f = cs.functionAt(idx);
            if (f == null) continue; // libbpf: "probably overridden weak function, skipping"
            ElfSymbol sym = elf.symbols().get(r.symbolIndex());
            String symName = sym.type() == ElfSymbol.STT_SECTION && sym.sectionIndex() < elf.sections().size()
                    ? elf.section(sym.sectionIndex()).name() : sym.name();
            Insn in = Insn.decode(cs.insns[idx]);
            boolean call = in.opcode() == Bpf.CALL;
            boolean ld = in.opcode() == Bpf.LD_IMM64;
            if (!call && !ld) {
                throw rr.error(at, where(cs, r) + " against '" + symName + "': instruction " + idx + " (opcode 0x"
                        + Integer.toHexString(in.opcode()) + ") is neither LD_IMM64 nor CALL");
            }
            if (ld && idx + 1 >= cs.insns.length) {
                throw rr.error(at, where(cs, r) + ": LD_IMM64 at instruction " + idx + " lacks its second half");
            }
            int insn = idx - f.secInsnOff;
            if (sym.isExtern()) {
                Integer e = externBySymbol.get(sym.index());
                if (e == null) throw rr.error(at, where(cs, r) + ": extern '" + symName + "' not found");
                f.addRelo(new Relo(insn, call ? Relo.Kind.EXTERN_CALL : Relo.Kind.EXTERN_LD64, -1, 0, e));
                continue;
            }
            int shndx = sym.sectionIndex();
            if (call) {
                if (in.src() != Bpf.BPF_PSEUDO_CALL) throw rr.error(at, where(cs, r) + ": incorrect bpf_call opcode");
                if (shndx == 0 || shndx != textIndex) {
                    throw rr.error(at, where(cs, r) + ": bad call relo against '" + symName + "' in section '"
                            + (shndx > 0 && shndx < elf.sections().size() ? elf.section(shndx).name() : "#" + shndx) + "'");
                }
                if (sym.value() % 8 != 0) throw rr.error(at, where(cs, r) + ": bad call relo against '" + symName + "'");
                f.addRelo(new Relo(insn, Relo.Kind.CALL, -1, sym.value(), -1));
                continue;
            }
            if (shndx == 0 || shndx >= ElfSymbol.SHN_LORESERVE) {
                throw rr.error(at, where(cs, r) + ": relo against '" + symName + "' in special section 0x"
                        + Integer.toHexString(shndx) + "; forgot to initialize global var?");
            }
            boolean subprog = shndx == textIndex && (sym.type() == ElfSymbol.STT_FUNC
                    || sym.type() == ElfSymbol.STT_SECTION && sym.bind() == ElfSymbol.STB_LOCAL);
            if (subprog) {
                if (sym.value() % 8 != 0 || in.imm() % 8 != 0) {
                    throw rr.error(at, where(cs, r) + ": bad subprog addr relo against '" + symName + "'");
                }
                f.addRelo(new Relo(insn, Relo.Kind.SUBPROG_ADDR, -1, sym.value(), -1));
                // bpf_object__relocate(): mark it so that linking sees a BPF_PSEUDO_FUNC
                cs.insns[idx] = Insn.of(in.opcode(), in.dst(), Bpf.BPF_PSEUDO_FUNC, in.off(), in.imm()).encode();
                continue;
            }
            ElfSection target = elf.section(shndx);
            if (target.name().equals(".maps") || target.name().equals("maps")) {
                int m = maps.findAt(shndx, sym.value());
                if (m < 0) {
                    throw rr.error(at, where(cs, r) + ": map relo failed to find map for section '" + target.name()
                            + "', off " + sym.value());
                }
                f.addRelo(new Relo(insn, Relo.Kind.LD64, m, 0, -1));
                continue;
            }
            int m = maps.findData(shndx);
            if (m < 0) {
                throw rr.error(at, where(cs, r) + ": bad data relo against section '" + target.name() + "'");
            }
            f.addRelo(new Relo(insn, Relo.Kind.DATA, m, sym.value(), -1));
        }
    }
}
