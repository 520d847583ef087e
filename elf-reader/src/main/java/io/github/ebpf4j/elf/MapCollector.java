package io.github.ebpf4j.elf;

import io.github.ebpf4j.elf.btf.Btf;
import io.github.ebpf4j.elf.btf.BtfKind;
import io.github.ebpf4j.elf.btf.BtfType;
import io.github.ebpf4j.vm.maps.MapSpec;
import io.github.ebpf4j.vm.maps.MapType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Builds an object's maps in libbpf's order: legacy {@code maps} (libbpf 0.x), BTF-defined
 * {@code .maps} ({@code bpf_object__init_user_btf_maps()}), global data
 * ({@code bpf_object__init_global_data_maps()}) and the kconfig map
 * ({@code bpf_object__init_kconfig_map()}).
 */
final class MapCollector {
    /** BPF_F_NO_PREALLOC. */ static final int BPF_F_NO_PREALLOC = 1;
    /** BPF_F_RDONLY_PROG: programs may only read. */ static final int BPF_F_RDONLY_PROG = 1 << 7;
    /** BPF_F_MMAPABLE. */ static final int BPF_F_MMAPABLE = 1 << 10;
    private static final int BPF_OBJ_NAME_LEN = 16;
    private static final int LEGACY_DEF_SIZE = 20; // struct bpf_map_def: 5 x u32
    /**
     * KMALLOC_MAX_SIZE on x86-64 (4 KiB pages, MAX_PAGE_ORDER 10): the kernel's largest array map
     * value ({@code array_map_alloc_check()}), so the largest global data map it can create.
     */
    static final int MAX_VALUE_SIZE = 4 << 20;

    /** A map under construction with the ELF location it is referenced by. */
    static final class Entry {
        BpfMap map;
        final int sectionIndex;
        final long offset;
        final long size;
        /** BTF maps: offset of the "values" member in the definition, -1 if none. */
        long valuesOffset = -1;

        Entry(BpfMap map, int sectionIndex, long offset, long size) {
            this.map = map;
            this.sectionIndex = sectionIndex;
            this.offset = offset;
            this.size = size;
        }
    }

    private final ElfFile elf;
    private final Btf btf;
    private final String objectName;
    final List<Entry> entries = new ArrayList<>();

    MapCollector(ElfFile elf, Btf btf, String objectName) {
        this.elf = elf;
        this.btf = btf;
        this.objectName = objectName;
    }

    void collectLegacy() {
        ElfSection sec = elf.section("maps").orElse(null);
        if (sec == null || sec.size() == 0) return;
        List<ElfSymbol> syms = new ArrayList<>();
        for (ElfSymbol s : elf.symbols()) {
            if (s.sectionIndex() == sec.index() && s.type() != ElfSymbol.STT_SECTION && !s.name().isEmpty()) syms.add(s);
        }
        BoundedReader r = elf.contents(sec);
        if (syms.isEmpty()) throw r.error(0, "legacy maps section has no map symbols");
        syms.sort(Comparator.comparingLong(ElfSymbol::value));
        long defSize = sec.size() / syms.size(); // libbpf 0.x: record size from the symbol count
        if (defSize < 4 || sec.size() % syms.size() != 0) {
            throw r.error(0, "legacy maps section of " + sec.size() + " bytes cannot hold " + syms.size()
                    + " map definitions of equal size");
        }
        for (ElfSymbol s : syms) {
            if (s.value() % defSize != 0 || s.value() + defSize > sec.size()) {
                throw r.error(s.value(), "map '" + s.name() + "' at 0x" + Long.toHexString(s.value())
                        + " is not on a " + defSize + "-byte definition boundary");
            }
            int[] f = new int[5];
            for (int i = 0; i < 5 && 4L * i + 4 <= defSize; i++) f[i] = r.s32(s.value() + 4L * i);
            for (long o = LEGACY_DEF_SIZE; o < defSize; o++) {
                if (r.u8(s.value() + o) != 0) {
                    throw r.error(s.value() + o, "map '" + s.name() + "': unrecognized non-zero bytes in a "
                            + defSize + "-byte map definition");
                }
            }
            MapType type = mapType(r, s.value(), s.name(), f[0]);
            MapSpec spec = new MapSpec(s.name(), type, f[1], f[2], f[3], f[4], null, null, false);
            entries.add(new Entry(new BpfMap(spec, BpfMap.Origin.LEGACY, s.name(), sec.name(), s.value(), 0, 0, 0, 0,
                    0, List.of()), sec.index(), s.value(), defSize));
        }
    }

    private static MapType mapType(BoundedReader r, long off, String name, long id) {
        MapType t = id >= 0 && id <= Integer.MAX_VALUE ? MapType.of((int) id) : null;
        if (t == null || t == MapType.UNSPEC) {
            throw r.error(off, "map '" + name + "': " + (t == null ? "unknown map type " + id : "map type isn't specified"));
        }
        return t;
    }

    void collectBtfMaps() {
        ElfSection sec = elf.section(".maps").orElse(null);
        if (sec == null) return;
        BoundedReader r = elf.contents(sec);
        if (btf == null) throw r.error(-1, "BTF-defined maps need a .BTF section");
        BtfType ds = btf.find(".maps", BtfKind.DATASEC).orElse(null);
        if (ds == null) {
            if (sec.size() == 0) return;
            throw r.error(-1, "DATASEC '.maps' not found in BTF");
        }
        for (BtfType.VarSecinfo vi : ((BtfType.Datasec) ds).vars()) {
            BtfType v = btf.type(vi.type());
            if (!(v instanceof BtfType.Var var)) {
                throw r.error(-1, "DATASEC '.maps' entry [" + vi.type() + "] is " + v.kind() + ", expected VAR");
            }
            String name = var.name();
            if (vi.offset() > sec.size() || vi.size() > sec.size() - vi.offset()) {
                throw r.error(vi.offset(), "map '" + name + "' (" + vi.size() + " bytes at 0x"
                        + Long.toHexString(vi.offset()) + ") lies outside the section");
            }
            BtfType def = btf.type(btf.skipModsAndTypedefs(var.type()));
            if (!(def instanceof BtfType.Composite c) || c.kind() != BtfKind.STRUCT) {
                throw r.error(vi.offset(), "map '" + name + "': definition is " + def.kind() + ", expected STRUCT");
            }
            MapDef inner = new MapDef();
            MapDef md = parseDef(r, vi.offset(), name, c, inner, true);
            MapSpec innerSpec = null;
            if (md.hasInner) {
                innerSpec = new MapSpec(name + ".inner", inner.type, inner.keySize, inner.valueSize, inner.maxEntries,
                        inner.flags, null, null, false);
            }
            MapSpec spec = new MapSpec(name, md.type, md.keySize, md.valueSize, md.maxEntries, md.flags, innerSpec,
                    null, false);
            Entry e = new Entry(new BpfMap(spec, BpfMap.Origin.BTF, name, sec.name(), vi.offset(), md.keyTypeId,
                    md.valueTypeId, md.numaNode, md.pinning, md.mapExtra, List.of()), sec.index(), vi.offset(),
                    vi.size());
            e.valuesOffset = md.valuesOffset;
            entries.add(e);
        }
    }

    /** libbpf's {@code struct btf_map_def}. */
    private static final class MapDef {
        MapType type = MapType.UNSPEC;
        int keySize, valueSize, maxEntries, flags, numaNode, pinning, keyTypeId, valueTypeId;
        long mapExtra;
        boolean hasInner;
        long valuesOffset = -1;
    }

    /** Mirrors {@code parse_btf_map_def()}; {@code inner} is null when parsing an inner definition. */
    private MapDef parseDef(BoundedReader r, long at, String mapName, BtfType.Composite def, MapDef inner,
            boolean outer) {
        MapDef md = outer ? new MapDef() : inner;
        List<BtfType.Member> ms = def.members();
        for (int i = 0; i < ms.size(); i++) {
            BtfType.Member m = ms.get(i);
            String f = m.name();
            switch (f) {
                case "type":
                    md.type = mapType(r, at, mapName, fieldInt(r, at, mapName, m));
                    break;
                case "max_entries": md.maxEntries = (int) fieldInt(r, at, mapName, m); break;
                case "map_flags": md.flags = (int) fieldInt(r, at, mapName, m); break;
                case "numa_node": md.numaNode = (int) fieldInt(r, at, mapName, m); break;
                case "map_extra": md.mapExtra = fieldInt(r, at, mapName, m); break;
                case "key_size": md.keySize = sizeField(r, at, mapName, "key", md.keySize, fieldInt(r, at, mapName, m)); break;
                case "value_size": md.valueSize = sizeField(r, at, mapName, "value", md.valueSize, fieldInt(r, at, mapName, m)); break;
                case "key": {
                    int tid = pointee(r, at, mapName, m, "key");
                    md.keySize = sizeField(r, at, mapName, "key", md.keySize, sizeOf(r, at, mapName, tid, "key"));
                    md.keyTypeId = tid;
                    break;
                }
                case "value": {
                    int tid = pointee(r, at, mapName, m, "value");
                    md.valueSize = sizeField(r, at, mapName, "value", md.valueSize, sizeOf(r, at, mapName, tid, "value"));
                    md.valueTypeId = tid;
                    break;
                }
                case "values": {
                    boolean mim = md.type == MapType.ARRAY_OF_MAPS || md.type == MapType.HASH_OF_MAPS;
                    boolean progArray = md.type == MapType.PROG_ARRAY;
                    if (!outer) throw r.error(at, "map '" + mapName + "': multi-level inner maps not supported");
                    if (i != ms.size() - 1) throw r.error(at, "map '" + mapName + "': 'values' member should be last");
                    if (!mim && !progArray) throw r.error(at, "map '" + mapName + "': should be map-in-map or prog-array");
                    md.valueSize = sizeField(r, at, mapName, "value", md.valueSize, 4);
                    BtfType t = btf.type(m.type());
                    if (!(t instanceof BtfType.Array a) || a.elements() != 0) {
                        throw r.error(at, "map '" + mapName + "': 'values' spec is not a zero-sized array");
                    }
                    BtfType p = btf.type(btf.skipModsAndTypedefs(a.type()));
                    if (!(p instanceof BtfType.Ref ptr) || ptr.kind() != BtfKind.PTR) {
                        throw r.error(at, "map '" + mapName + "': 'values' element is " + p.kind() + ", expected PTR");
                    }
                    BtfType target = btf.type(btf.skipModsAndTypedefs(ptr.type()));
                    md.valuesOffset = m.bitOffset() / 8;
                    if (progArray) {
                        if (target.kind() != BtfKind.FUNC_PROTO) {
                            throw r.error(at, "map '" + mapName + "': prog-array value def is of unexpected kind " + target.kind());
                        }
                        break;
                    }
                    if (!(target instanceof BtfType.Composite ic) || ic.kind() != BtfKind.STRUCT) {
                        throw r.error(at, "map '" + mapName + "': map-in-map inner def is of unexpected kind " + target.kind());
                    }
                    parseDef(r, at, mapName + ".inner", ic, inner, false);
                    md.hasInner = true;
                    break;
                }
                case "pinning": {
                    if (!outer) throw r.error(at, "map '" + mapName + "': inner def can't be pinned");
                    long v = fieldInt(r, at, mapName, m);
                    if (v != 0 && v != 1) throw r.error(at, "map '" + mapName + "': invalid pinning value " + v);
                    md.pinning = (int) v;
                    break;
                }
                default:
                    break; // libbpf ignores unknown fields when not strict
            }
        }
        if (md.type == MapType.UNSPEC) throw r.error(at, "map '" + mapName + "': map type isn't specified");
        return md;
    }

    /** Mirrors {@code get_map_field_int()}: {@code __uint(name, val)} is {@code int (*name)[val]}. */
    private long fieldInt(BoundedReader r, long at, String mapName, BtfType.Member m) {
        BtfType t = btf.type(btf.skipModsAndTypedefs(m.type()));
        if (!(t instanceof BtfType.Ref p) || p.kind() != BtfKind.PTR) {
            throw r.error(at, "map '" + mapName + "': attr '" + m.name() + "': expected PTR, got " + t.kind());
        }
        BtfType a = btf.type(btf.skipModsAndTypedefs(p.type()));
        if (!(a instanceof BtfType.Array arr)) {
            throw r.error(at, "map '" + mapName + "': attr '" + m.name() + "': type [" + p.type() + "] is not an array");
        }
        return arr.elements();
    }

    private int pointee(BoundedReader r, long at, String mapName, BtfType.Member m, String what) {
        BtfType t = btf.type(m.type());
        if (!(t instanceof BtfType.Ref p) || p.kind() != BtfKind.PTR) {
            throw r.error(at, "map '" + mapName + "': " + what + " spec is not PTR: " + t.kind());
        }
        return p.type();
    }

    private long sizeOf(BoundedReader r, long at, String mapName, int tid, String what) {
        long sz = btf.resolveSize(tid);
        if (sz < 0) throw r.error(at, "map '" + mapName + "': can't determine " + what + " size for type [" + tid + "]");
        return sz;
    }

    private static int sizeField(BoundedReader r, long at, String mapName, String what, int old, long sz) {
        if (sz > Integer.MAX_VALUE) throw r.error(at, "map '" + mapName + "': " + what + " size " + sz + " too large");
        if (old != 0 && old != sz) {
            throw r.error(at, "map '" + mapName + "': conflicting " + what + " size " + old + " != " + sz);
        }
        return (int) sz;
    }

    /** Mirrors {@code bpf_object__init_global_data_maps()}. */
    void collectGlobalData() {
        for (ElfSection s : elf.sections()) {
            if (s.index() == 0 || s.size() == 0) continue;
            BpfMap.Origin origin = dataOrigin(s);
            if (origin == null) continue;
            byte[] init = origin == BpfMap.Origin.BSS ? new byte[checkedSize(s)] : elf.contents(s).bytes(0, s.size());
            int valueType = btf == null ? 0 : btf.find(s.name(), BtfKind.DATASEC).map(BtfType::id).orElse(0);
            int flags = origin == BpfMap.Origin.RODATA ? BPF_F_RDONLY_PROG : 0;
            if (mmapable(valueType)) flags |= BPF_F_MMAPABLE;
            MapSpec spec = new MapSpec(s.name(), MapType.ARRAY, 4, init.length, 1, flags, null, init,
                    origin == BpfMap.Origin.RODATA);
            entries.add(new Entry(new BpfMap(spec, origin, internalMapName(objectName, s.name()), s.name(), 0, 0,
                    valueType, 0, 0, 0, List.of()), s.index(), 0, s.size()));
        }
    }

    private int checkedSize(ElfSection s) {
        if (s.size() > MAX_VALUE_SIZE) {
            throw new ElfFormatException(elf.fileName(), s.name(), s.offset(), "section of " + s.size()
                    + " bytes is too large for a global data map (the kernel's limit is " + MAX_VALUE_SIZE + ")");
        }
        return (int) s.size();
    }

    /** @return which global data map a section makes (as {@code bpf_object__elf_collect()} classifies), or null */
    static BpfMap.Origin dataOrigin(ElfSection s) {
        String n = s.name();
        if (s.type() == ElfSection.SHT_PROGBITS && !s.executable()) {
            if (n.equals(".data") || n.startsWith(".data.")) return BpfMap.Origin.DATA;
            if (n.equals(".rodata") || n.startsWith(".rodata.")) return BpfMap.Origin.RODATA;
        }
        if (s.type() == ElfSection.SHT_NOBITS && (n.equals(".bss") || n.startsWith(".bss."))) return BpfMap.Origin.BSS;
        return null;
    }

    /** Mirrors {@code map_is_mmapable()}: a non-static variable in the section's DATASEC. */
    private boolean mmapable(int datasecId) {
        if (datasecId == 0) return false;
        for (BtfType.VarSecinfo vi : ((BtfType.Datasec) btf.type(datasecId)).vars()) {
            if (btf.type(vi.type()) instanceof BtfType.Var v && v.linkage() != 0) return true;
        }
        return false;
    }

    /** Mirrors {@code bpf_object__init_kconfig_map()}. */
    void collectKconfig(List<Extern> externs) {
        int size = 0;
        for (Extern e : externs) {
            if (e.kind() == Extern.Kind.KCONFIG) size = Math.max(size, e.dataOffset() + e.size());
        }
        if (size == 0) return;
        if (size > MAX_VALUE_SIZE) {
            throw new ElfFormatException(elf.fileName(), ".kconfig", -1, "kconfig externs need " + size
                    + " bytes, more than the kernel's limit for a map value (" + MAX_VALUE_SIZE + ")");
        }
        int valueType = btf == null ? 0 : btf.find(".kconfig", BtfKind.DATASEC).map(BtfType::id).orElse(0);
        int flags = BPF_F_RDONLY_PROG | (valueType != 0 ? BPF_F_MMAPABLE : 0);
        MapSpec spec = new MapSpec(".kconfig", MapType.ARRAY, 4, size, 1, flags, null, new byte[size], true);
        entries.add(new Entry(new BpfMap(spec, BpfMap.Origin.KCONFIG, internalMapName(objectName, ".kconfig"),
                ".kconfig", 0, 0, valueType, 0, 0, 0, List.of()), -1, 0, size));
    }

    /** Mirrors libbpf's {@code internal_map_name()}. */
    static String internalMapName(String objName, String realName) {
        int sfxLen = Math.min(Math.max(7, realName.length()), BPF_OBJ_NAME_LEN - 1);
        int pfxLen = realName.indexOf('.', 1) >= 0 ? 0
                : Math.min(BPF_OBJ_NAME_LEN - sfxLen - 1, objName.length());
        String raw = objName.substring(0, pfxLen) + realName.substring(0, Math.min(sfxLen, realName.length()));
        StringBuilder sb = new StringBuilder();
        for (char c : raw.toCharArray()) {
            sb.append(Character.isLetterOrDigit(c) && c < 128 || c == '_' || c == '.' ? c : '_');
        }
        return sb.toString();
    }

    /** Index of the map defined at (section, offset), or -1. */
    int findAt(int sectionIndex, long offset) {
        if (byLocationCount != entries.size()) {
            byLocation = new java.util.HashMap<>();
            for (int i = entries.size() - 1; i >= 0; i--) {
                byLocation.put(new Location(entries.get(i).sectionIndex, entries.get(i).offset), i);
            }
            byLocationCount = entries.size();
        }
        return byLocation.getOrDefault(new Location(sectionIndex, offset), -1);
    }

    private record Location(int section, long offset) {}

    private java.util.Map<Location, Integer> byLocation;
    private int byLocationCount = -1;

    /** Index of the global data map of a section, or -1. */
    int findData(int sectionIndex) {
        int at = findAt(sectionIndex, 0); // global data maps start at offset 0 of their section
        if (at >= 0) {
            BpfMap.Origin o = entries.get(at).map.origin();
            if (o == BpfMap.Origin.DATA || o == BpfMap.Origin.RODATA || o == BpfMap.Origin.BSS) return at;
        }
        for (int i = 0; i < entries.size(); i++) {
            Entry e = entries.get(i);
            BpfMap.Origin o = e.map.origin();
            if (e.sectionIndex == sectionIndex
                    && (o == BpfMap.Origin.DATA || o == BpfMap.Origin.RODATA || o == BpfMap.Origin.BSS)) return i;
        }
        return -1;
    }

    /**
     * Mirrors {@code bpf_object__collect_map_relos()}: {@code .values} initialisers of prog arrays and
     * map-in-maps, from the relocations of {@code .maps}.
     */
    void collectInitialSlots() {
        ElfSection sec = elf.section(".maps").orElse(null);
        if (sec == null) return;
        BoundedReader rel = elf.relocationSection(sec.index()).map(elf::contents).orElse(null);
        for (ElfRelocation r : elf.relocations(sec.index())) {
            ElfSymbol sym = elf.symbols().get(r.symbolIndex());
            Entry owner = null;
            for (Entry e : entries) {
                if (e.sectionIndex == sec.index() && r.offset() >= e.offset && r.offset() < e.offset + e.size) owner = e;
            }
            long at = r.fileOffset() - (rel == null ? 0 : rel.base());
            if (owner == null) throw rel.error(at, "relocation at .maps+0x" + Long.toHexString(r.offset()) + " is not inside a map");
            String mapName = owner.map.name();
            if (owner.valuesOffset < 0) {
                throw rel.error(at, "map '" + mapName + "': relocation at 0x" + Long.toHexString(r.offset())
                        + " outside its 'values' member");
            }
            long moff = r.offset() - owner.offset - owner.valuesOffset;
            if (moff < 0 || moff % 8 != 0) {
                throw rel.error(at, "map '" + mapName + "': unaligned 'values' slot at 0x" + Long.toHexString(r.offset()));
            }
            if (moff / 8 >= Integer.toUnsignedLong(owner.map.maxEntries())) {
                throw rel.error(at, "map '" + mapName + "': 'values' slot " + moff / 8 + " is beyond max_entries "
                        + Integer.toUnsignedLong(owner.map.maxEntries()));
            }
            boolean progArray = owner.map.type() == MapType.PROG_ARRAY;
            String target;
            if (progArray) {
                if (sym.type() != ElfSymbol.STT_FUNC || sym.sectionIndex() <= 0
                        || sym.sectionIndex() >= elf.sections().size()
                        || !elf.section(sym.sectionIndex()).executable()) {
                    throw rel.error(at, "map '" + mapName + "': prog-array slot refers to '" + sym.name()
                            + "', which is not a program");
                }
                target = sym.name();
            } else {
                int idx = sym.sectionIndex() == sec.index() ? findAt(sec.index(), sym.value()) : -1;
                if (idx < 0) {
                    throw rel.error(at, "map '" + mapName + "': map-in-map slot refers to '" + sym.name()
                            + "', which is not a map in .maps");
                }
                target = entries.get(idx).map.name();
            }
            List<BpfMap.Slot> slots = new ArrayList<>(owner.map.initialSlots());
            slots.add(new BpfMap.Slot((int) (moff / 8), target, progArray));
            BpfMap m = owner.map;
            owner.map = new BpfMap(m.spec(), m.origin(), m.kernelName(), m.section(), m.sectionOffset(), m.keyTypeId(),
                    m.valueTypeId(), m.numaNode(), m.pinning(), m.mapExtra(), slots);
        }
    }

    List<BpfMap> maps() {
        List<BpfMap> out = new ArrayList<>();
        for (Entry e : entries) out.add(e.map);
        return out;
    }
}
