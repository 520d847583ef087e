package io.github.ebpf4j.elf.btf;

import io.github.ebpf4j.elf.BoundedReader;
import io.github.ebpf4j.elf.ElfFormatException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * The BPF Type Format of an object's {@code .BTF} section: every type (all kinds up to ENUM64)
 * and the string table. Parsing validates the header, every string offset, every type reference
 * and the absence of reference cycles, so lookups afterwards cannot fail on a malformed file.
 * Layout: Documentation/bpf/btf.rst and include/uapi/linux/btf.h.
 */
public final class Btf {
    /** {@code BTF_MAGIC}. */
    public static final int MAGIC = 0xeB9F;
    /** Mirrors MAX_RESOLVE_DEPTH in libbpf's btf.c: longest modifier chain followed. */
    public static final int MAX_RESOLVE_DEPTH = 32;
    private static final int HEADER_MIN = 24;
    private static final int TYPE_HEADER = 12;

    private final List<BtfType> types;
    private final BoundedReader strings;
    /**
     * Decoded strings by offset, filled on first use (names and line texts repeat a lot). Racy
     * but benign: Strings are immutable and safely published through their final fields.
     */
    private final String[] stringCache;

    private Btf(List<BtfType> types, BoundedReader strings) {
        this(types, strings, new String[strings.length()]);
    }

    private Btf(List<BtfType> types, BoundedReader strings, String[] cache) {
        this.types = types;
        this.strings = strings;
        this.stringCache = cache;
    }

    /**
     * @param r the {@code .BTF} section's contents
     * @return the parsed BTF
     * @throws ElfFormatException naming the byte offset of the first defect
     */
    public static Btf parse(BoundedReader r) {
        if (r.length() < HEADER_MIN) throw r.error(0, "BTF header truncated (" + r.length() + " bytes)");
        int magic = r.u16(0);
        if (magic != MAGIC) {
            if (Integer.reverseBytes(magic << 16) == MAGIC) r = r.withBigEndian(!r.bigEndian());
            else throw r.error(0, "bad BTF magic 0x" + Integer.toHexString(magic));
        }
        if (r.u8(2) != 1) throw r.error(2, "unsupported BTF version " + r.u8(2));
        long hdrLen = r.u32(4);
        if (hdrLen < HEADER_MIN || hdrLen > r.length()) throw r.error(4, "BTF header length " + hdrLen + " out of range");
        long typeOff = r.u32(8), typeLen = r.u32(12), strOff = r.u32(16), strLen = r.u32(20);
        long body = r.length() - hdrLen;
        if (typeOff > body || typeLen > body - typeOff) throw r.error(8, "BTF type section out of range");
        if (strOff > body || strLen > body - strOff) throw r.error(16, "BTF string section out of range");
        if (typeOff % 4 != 0) throw r.error(8, "BTF type section not 4-byte aligned");
        if (typeOff < strOff ? typeOff + typeLen > strOff : strOff + strLen > typeOff) {
            throw r.error(8, "BTF type and string sections overlap");
        }
        BoundedReader str = r.window(r.section(), hdrLen + strOff, strLen);
        if (strLen == 0 || str.u8(0) != 0 || str.u8(strLen - 1) != 0) {
            throw str.error(0, "BTF string section must start and end with NUL");
        }
        BoundedReader t = r.window(r.section(), hdrLen + typeOff, typeLen);
        List<BtfType> types = new ArrayList<>();
        types.add(new BtfType.Void());
        Btf btf = new Btf(types, str);
        long off = 0;
        while (off < typeLen) {
            types.add(btf.readType(t, off, types.size()));
            off = btf.next;
        }
        btf.validate(t);
        return new Btf(Collections.unmodifiableList(types), str, btf.stringCache);
    }

    private long next; // parse cursor, only used while parsing

    private String str(BoundedReader at, long fieldOff, long strOff) {
        if (strOff >= strings.length()) {
            throw at.error(fieldOff, "string offset " + strOff + " is past the end of the BTF strings ("
                    + strings.length() + " bytes)");
        }
        String cached = stringCache[(int) strOff];
        if (cached == null) {
            cached = strings.cstring(strOff);
            stringCache[(int) strOff] = cached;
        }
        return cached;
    }

    private BtfType readType(BoundedReader t, long off, int id) {
        String name = str(t, off, t.u32(off));
        long info = t.u32(off + 4);
        int vlen = (int) (info & 0xffff);
        int kindId = (int) (info >>> 24) & 0x1f;
        boolean kflag = (info >>> 31) != 0;
        long sizeOrType = t.u32(off + 8);
        long p = off + TYPE_HEADER;
        BtfKind kind = BtfKind.of(kindId);
        if (kind == null || kind == BtfKind.UNKN) throw t.error(off, "type [" + id + "] has unknown kind " + kindId);
        BtfType type;
        switch (kind) {
            case INT: {
                long v = t.u32(p);
                p += 4;
                type = new BtfType.Int(id, name, (int) sizeOrType, (int) (v >>> 24) & 0xf, (int) (v >>> 16) & 0xff,
                        (int) v & 0xff);
                break;
            }
            case PTR: case TYPEDEF: case VOLATILE: case CONST: case RESTRICT: case TYPE_TAG:
                type = new BtfType.Ref(id, kind, name, checkedId(t, off, sizeOrType));
                break;
            case ARRAY:
                type = new BtfType.Array(id, name, checkedId(t, p, t.u32(p)), checkedId(t, p + 4, t.u32(p + 4)),
                        t.u32(p + 8));
                p += 12;
                break;
            case STRUCT: case UNION: {
                checkRemaining(t, p, vlen, 12, id);
                List<BtfType.Member> ms = new ArrayList<>(vlen);
                for (int i = 0; i < vlen; i++, p += 12) {
                    long mo = t.u32(p + 8);
                    ms.add(new BtfType.Member(str(t, p, t.u32(p)), checkedId(t, p + 4, t.u32(p + 4)),
                            kflag ? mo & 0xffffff : mo, kflag ? (int) (mo >>> 24) : 0));
                }
                type = new BtfType.Composite(id, kind, name, sizeOrType, Collections.unmodifiableList(ms));
                break;
            }
            case ENUM: case ENUM64: {
                int rec = kind == BtfKind.ENUM ? 8 : 12;
                checkRemaining(t, p, vlen, rec, id);
                List<BtfType.Enumerator> vs = new ArrayList<>(vlen);
                for (int i = 0; i < vlen; i++, p += rec) {
                    long v;
                    if (kind == BtfKind.ENUM) v = kflag ? t.s32(p + 4) : t.u32(p + 4);
                    else v = t.u32(p + 4) | t.u32(p + 8) << 32;
                    vs.add(new BtfType.Enumerator(str(t, p, t.u32(p)), v));
                }
                type = new BtfType.Enum(id, kind, name, (int) sizeOrType, kflag, Collections.unmodifiableList(vs));
                break;
            }
            case FWD:
                type = new BtfType.Fwd(id, name, kflag);
                break;
            case FUNC:
                type = new BtfType.Func(id, name, checkedId(t, off, sizeOrType), vlen);
                break;
            case FUNC_PROTO: {
                checkRemaining(t, p, vlen, 8, id);
                List<BtfType.Param> ps = new ArrayList<>(vlen);
                for (int i = 0; i < vlen; i++, p += 8) {
                    ps.add(new BtfType.Param(str(t, p, t.u32(p)), checkedId(t, p + 4, t.u32(p + 4))));
                }
                type = new BtfType.FuncProto(id, name, checkedId(t, off, sizeOrType), Collections.unmodifiableList(ps));
                break;
            }
            case VAR:
                type = new BtfType.Var(id, name, checkedId(t, off, sizeOrType), (int) t.u32(p));
                p += 4;
                break;
            case DATASEC: {
                checkRemaining(t, p, vlen, 12, id);
                List<BtfType.VarSecinfo> vs = new ArrayList<>(vlen);
                for (int i = 0; i < vlen; i++, p += 12) {
                    vs.add(new BtfType.VarSecinfo(checkedId(t, p, t.u32(p)), t.u32(p + 4), t.u32(p + 8)));
                }
                type = new BtfType.Datasec(id, name, sizeOrType, Collections.unmodifiableList(vs));
                break;
            }
            case FLOAT:
                type = new BtfType.Float(id, name, (int) sizeOrType);
                break;
            case DECL_TAG:
                type = new BtfType.DeclTag(id, name, checkedId(t, off, sizeOrType), t.s32(p));
                p += 4;
                break;
            default:
                throw t.error(off, "type [" + id + "] has unknown kind " + kindId);
        }
        next = p;
        return type;
    }

    private static void checkRemaining(BoundedReader t, long p, int count, int recSize, int id) {
        if ((long) count * recSize > t.length() - p) {
            throw t.error(p, "type [" + id + "] declares " + count + " entries of " + recSize
                    + " bytes, more than the " + Math.max(0, t.length() - p) + " bytes left");
        }
    }

    /** Type ids are checked against the final count in {@link #validate}; here only the range. */
    private static int checkedId(BoundedReader t, long off, long id) {
        if (id > Integer.MAX_VALUE) throw t.error(off, "type id " + id + " out of range");
        return (int) id;
    }

    /** Every reference points at an existing type; no cycle through modifiers, arrays or vars. */
    private void validate(BoundedReader t) {
        int n = types.size();
        for (BtfType ty : types) {
            for (int ref : references(ty)) {
                if (ref < 0 || ref >= n) {
                    throw t.error(-1, "type [" + ty.id() + "] " + ty.kind() + " refers to type [" + ref + "], only "
                            + n + " types exist");
                }
            }
        }
        // 1. chains of single references (modifiers, pointers, arrays, vars, tags) must end
        byte[] state = new byte[n]; // 0 new, 1 on current chain, 2 done
        int[] chain = new int[n];
        for (int start = 1; start < n; start++) {
            int cur = start, len = 0;
            while (cur != 0 && state[cur] == 0) {
                state[cur] = 1;
                chain[len++] = cur;
                cur = chainNext(types.get(cur));
            }
            if (cur != 0 && state[cur] == 1) {
                throw t.error(-1, "type [" + cur + "] " + types.get(cur).kind() + " is part of a reference cycle");
            }
            for (int i = 0; i < len; i++) state[chain[i]] = 2;
        }
        // 2. a struct or union must not contain itself by value (only through a pointer)
        byte[] colour = new byte[n];
        int[] stack = new int[n];
        int[] edge = new int[n];
        for (int root = 1; root < n; root++) {
            if (colour[root] != 0) continue;
            int sp = 0;
            stack[sp] = root;
            edge[sp++] = 0;
            colour[root] = 1;
            while (sp > 0) {
                int cur = stack[sp - 1];
                int[] deps = valueDeps(types.get(cur));
                int e = edge[sp - 1]++;
                if (e >= deps.length) {
                    colour[cur] = 2;
                    sp--;
                    continue;
                }
                int d = deps[e];
                if (d == 0 || colour[d] == 2) continue;
                if (colour[d] == 1) {
                    throw t.error(-1, "type [" + d + "] " + types.get(d).kind() + " contains itself (reference cycle)");
                }
                colour[d] = 1;
                stack[sp] = d;
                edge[sp++] = 0;
            }
        }
    }

    /** Types this one contains by value (their size is part of its size). */
    private static int[] valueDeps(BtfType ty) {
        if (ty instanceof BtfType.Ref r) return r.kind() == BtfKind.PTR ? new int[0] : new int[] {r.type()};
        if (ty instanceof BtfType.Composite c) return memberTypes(c);
        return new int[] {chainNext(ty)};
    }

    /** The type whose size or identity this one depends on (0 if none). */
    private static int chainNext(BtfType ty) {
        if (ty instanceof BtfType.Ref r) return r.type();
        if (ty instanceof BtfType.Array a) return a.type();
        if (ty instanceof BtfType.Var v) return v.type();
        if (ty instanceof BtfType.DeclTag d) return d.type();
        return 0;
    }

    private static int[] references(BtfType ty) {
        if (ty instanceof BtfType.Ref r) return new int[] {r.type()};
        if (ty instanceof BtfType.Array a) return new int[] {a.type(), a.indexType()};
        if (ty instanceof BtfType.Var v) return new int[] {v.type()};
        if (ty instanceof BtfType.DeclTag d) return new int[] {d.type()};
        if (ty instanceof BtfType.Func f) return new int[] {f.type()};
        if (ty instanceof BtfType.Composite c) return memberTypes(c);
        if (ty instanceof BtfType.FuncProto p) {
            int[] out = new int[p.params().size() + 1];
            out[0] = p.returnType();
            for (int i = 0; i < p.params().size(); i++) out[i + 1] = p.params().get(i).type();
            return out;
        }
        if (ty instanceof BtfType.Datasec d) {
            int[] out = new int[d.vars().size()];
            for (int i = 0; i < out.length; i++) out[i] = d.vars().get(i).type();
            return out;
        }
        return new int[0];
    }

    private static int[] memberTypes(BtfType.Composite c) {
        int[] out = new int[c.members().size()];
        for (int i = 0; i < out.length; i++) out[i] = c.members().get(i).type();
        return out;
    }

    /**
     * @param replacements types to replace, by id (same kind; references must stay in range)
     * @return a copy of this BTF with those types replaced (as libbpf fixes DATASECs up in place)
     */
    public Btf withTypes(java.util.Map<Integer, BtfType> replacements) {
        List<BtfType> copy = new ArrayList<>(types);
        replacements.forEach((id, t) -> {
            if (id <= 0 || id >= copy.size() || t.id() != id || t.kind() != copy.get(id).kind()) {
                throw new IllegalArgumentException("bad replacement of type [" + id + "]");
            }
            copy.set(id, t);
        });
        return new Btf(Collections.unmodifiableList(copy), strings, stringCache);
    }

    /** @return all types; index = type id, index 0 is void */
    public List<BtfType> types() { return types; }

    /** @return number of types excluding void (what {@code bpftool btf dump} lists) */
    public int typeCount() { return types.size() - 1; }

    /** @param id type id @return the type @throws IllegalArgumentException if out of range */
    public BtfType type(int id) {
        if (id < 0 || id >= types.size()) throw new IllegalArgumentException("no BTF type [" + id + "]");
        return types.get(id);
    }

    /** @return size of the string section */
    public int stringsLength() { return strings.length(); }

    /**
     * @param offset offset into the string section
     * @return the string there, or empty if the offset is out of range or not terminated
     */
    public Optional<String> string(long offset) {
        if (offset < 0 || offset >= strings.length()) return Optional.empty();
        String cached = stringCache[(int) offset];
        if (cached != null) return Optional.of(cached);
        try {
            String s = strings.cstring(offset);
            stringCache[(int) offset] = s;
            return Optional.of(s);
        } catch (ElfFormatException e) {
            return Optional.empty();
        }
    }

    /**
     * @param name type name @param kind kind
     * @return the first type of that kind and name
     */
    public Optional<BtfType> find(String name, BtfKind kind) {
        for (BtfType t : types) {
            if (t.kind() == kind && t.name().equals(name)) return Optional.of(t);
        }
        return Optional.empty();
    }

    /**
     * Mirrors libbpf's {@code skip_mods_and_typedefs()}.
     *
     * @param id type id
     * @return the id after following TYPEDEF, VOLATILE, CONST, RESTRICT and TYPE_TAG
     */
    public int skipModsAndTypedefs(int id) {
        for (int depth = 0; depth <= MAX_RESOLVE_DEPTH; depth++) {
            BtfType t = type(id);
            if (t instanceof BtfType.Ref r && r.kind() != BtfKind.PTR) id = r.type();
            else return id;
        }
        throw new IllegalStateException("modifier chain longer than " + MAX_RESOLVE_DEPTH + " at [" + id + "]");
    }

    /**
     * Mirrors libbpf's {@code btf__resolve_size()}.
     *
     * @param id type id
     * @return size in bytes, or -1 if the type has none (void, FUNC, FWD, ...) or it overflows
     */
    public long resolveSize(int id) {
        long mult = 1;
        for (int depth = 0; depth < MAX_RESOLVE_DEPTH; depth++) {
            BtfType t = type(id);
            long size;
            if (t instanceof BtfType.Int i) size = i.size();
            else if (t instanceof BtfType.Float f) size = f.size();
            else if (t instanceof BtfType.Enum e) size = e.size();
            else if (t instanceof BtfType.Composite c) size = c.size();
            else if (t instanceof BtfType.Datasec d) size = d.size();
            else if (t instanceof BtfType.Ref r && r.kind() == BtfKind.PTR) size = 8;
            else if (t instanceof BtfType.Ref r) { id = r.type(); continue; }
            else if (t instanceof BtfType.Var v) { id = v.type(); continue; }
            else if (t instanceof BtfType.DeclTag d) { id = d.type(); continue; }
            else if (t instanceof BtfType.Array a) {
                if (a.elements() != 0 && mult > 0xffffffffL / a.elements()) return -1;
                mult *= a.elements();
                id = a.type();
                continue;
            } else return -1;
            if (size != 0 && mult > 0xffffffffL / size) return -1;
            return size * mult;
        }
        return -1;
    }

    /**
     * Mirrors libbpf's {@code btf__align_of()}.
     *
     * @param id type id
     * @return alignment in bytes, or -1 if unknown
     */
    public int alignOf(int id) {
        for (int depth = 0; depth < MAX_RESOLVE_DEPTH; depth++) {
            BtfType t = type(id);
            if (t instanceof BtfType.Int i) return Math.max(1, Math.min(8, i.size()));
            if (t instanceof BtfType.Float f) return Math.max(1, Math.min(8, f.size()));
            if (t instanceof BtfType.Enum e) return Math.max(1, Math.min(8, e.size()));
            if (t instanceof BtfType.Ref r && r.kind() == BtfKind.PTR) return 8;
            if (t instanceof BtfType.Ref r) { id = r.type(); continue; }
            if (t instanceof BtfType.Array a) { id = a.type(); continue; }
            if (t instanceof BtfType.Composite c) {
                int max = 1;
                for (BtfType.Member m : c.members()) {
                    int a = alignOf(m.type());
                    if (a < 0) return -1;
                    max = Math.max(max, a);
                }
                return max;
            }
            return -1;
        }
        return -1;
    }
}
