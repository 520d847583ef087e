package io.github.ebpf4j.elf;

import io.github.ebpf4j.elf.btf.Btf;
import io.github.ebpf4j.elf.btf.BtfExt;
import io.github.ebpf4j.elf.btf.BtfType;
import io.github.ebpf4j.elf.btf.CoreReloKind;
import io.github.ebpf4j.vm.isa.Bpf;
import io.github.ebpf4j.vm.isa.Insn;

/**
 * Applies CO-RE relocations with the object's own BTF as the target, i.e. what libbpf computes
 * for a kernel whose types are identical to the program's local ones. Mirrors
 * {@code bpf_core_calc_relo()} / {@code bpf_core_calc_field_relo()} and
 * {@code bpf_core_patch_insn()} in libbpf's relo_core.c, including the check that the value
 * the compiler put into the instruction is the one the relocation expects. Little-endian
 * target (bit shifts as on x86-64 and arm64).
 */
final class CoreRelocator {
    private final Btf btf;
    private final BoundedReader ext;

    CoreRelocator(Btf btf, BoundedReader ext) {
        this.btf = btf;
        this.ext = ext;
    }

    /** Result of one relocation: the value, and whether the instruction's original value must match it. */
    private record Value(long value, boolean validate) {}

    void apply(CodeSection sec, BtfExt.CoreRelo relo) {
        long off = relo.insnOff();
        if (off % 8 != 0 || off / 8 >= sec.insns.length) {
            throw ext.error(-1, "CO-RE relocation at " + sec.name() + "+0x" + Long.toHexString(off)
                    + " is not on an instruction");
        }
        int idx = (int) (off / 8);
        Value v = compute(sec, idx, relo);
        patch(sec, idx, relo, v);
        sec.core.add(new BpfProgram.CoreRelocation(idx, relo.kind(), relo.typeId(), relo.access(), v.value()));
    }

    private ElfFormatException fail(CodeSection sec, int idx, BtfExt.CoreRelo relo, String why) {
        return ext.error(-1, "section '" + sec.name() + "' insn " + idx + ": CO-RE relocation " + relo.kind().libbpfName()
                + " [" + relo.typeId() + "] '" + relo.access() + "': " + why);
    }

    private int[] accessors(CodeSection sec, int idx, BtfExt.CoreRelo relo) {
        String[] parts = relo.access().split(":", -1);
        if (relo.access().isEmpty() || parts.length > 64) throw fail(sec, idx, relo, "invalid access string");
        int[] out = new int[parts.length];
        for (int i = 0; i < parts.length; i++) {
            try {
                out[i] = Integer.parseInt(parts[i]);
            } catch (NumberFormatException e) {
                throw fail(sec, idx, relo, "invalid access string");
            }
            if (out[i] < 0) throw fail(sec, idx, relo, "negative accessor");
        }
        return out;
    }

    private Value compute(CodeSection sec, int idx, BtfExt.CoreRelo relo) {
        CoreReloKind kind = relo.kind();
        int root = relo.typeId();
        if (root == 0) throw fail(sec, idx, relo, "relocation against void");
        int[] acc = accessors(sec, idx, relo);
        if (kind.isEnumValue()) {
            BtfType t = btf.type(btf.skipModsAndTypedefs(root));
            if (!(t instanceof BtfType.Enum e) || acc.length != 1 || acc[0] >= e.values().size()) {
                throw fail(sec, idx, relo, "not an enumerator of an enum");
            }
            return new Value(kind == CoreReloKind.ENUMVAL_EXISTS ? 1 : e.values().get(acc[0]).value(), true);
        }
        if (!kind.isField()) {
            if (acc.length != 1 || acc[0] != 0) throw fail(sec, idx, relo, "type relocation needs access string '0'");
            switch (kind) {
                case TYPE_ID_LOCAL: case TYPE_ID_TARGET: return new Value(root, true);
                case TYPE_EXISTS: case TYPE_MATCHES: return new Value(1, true);
                case TYPE_SIZE: {
                    long sz = btf.resolveSize(root);
                    if (sz < 0) throw fail(sec, idx, relo, "type has no size");
                    return new Value(sz, true);
                }
                default: throw fail(sec, idx, relo, "unexpected kind");
            }
        }
        // field: walk the access string (bpf_core_parse_spec)
        int cur = btf.skipModsAndTypedefs(root);
        long rootSize = btf.resolveSize(cur);
        if (rootSize < 0) throw fail(sec, idx, relo, "root type has no size");
        long bitOff = acc[0] * rootSize * 8;
        BtfType.Composite lastParent = null;
        int lastMember = -1;
        for (int i = 1; i < acc.length; i++) {
            BtfType t = btf.type(btf.skipModsAndTypedefs(cur));
            if (t instanceof BtfType.Composite c) {
                if (acc[i] >= c.members().size()) throw fail(sec, idx, relo, "member index " + acc[i] + " out of range");
                BtfType.Member m = c.members().get(acc[i]);
                bitOff += m.bitOffset();
                cur = m.type();
                lastParent = c;
                lastMember = acc[i];
            } else if (t instanceof BtfType.Array a) {
                long esz = btf.resolveSize(a.type());
                if (esz < 0) throw fail(sec, idx, relo, "array element has no size");
                bitOff += acc[i] * esz * 8;
                cur = a.type();
                lastParent = null;
            } else {
                throw fail(sec, idx, relo, "accessor " + i + " indexes into " + t.kind());
            }
        }
        if (kind == CoreReloKind.FIELD_EXISTS) return new Value(1, true);
        if (lastParent == null) { // a[n] accessor (bpf_core_calc_field_relo: !acc->name)
            long sz = btf.resolveSize(cur);
            if (sz < 0) throw fail(sec, idx, relo, "element has no size");
            if (kind == CoreReloKind.FIELD_BYTE_OFFSET) return new Value(bitOff / 8, true);
            if (kind == CoreReloKind.FIELD_BYTE_SIZE) return new Value(sz, true);
            throw fail(sec, idx, relo, "can't be applied to array access");
        }
        BtfType.Member m = lastParent.members().get(lastMember);
        BtfType mt = btf.type(btf.skipModsAndTypedefs(m.type()));
        long bitSz = m.bitfieldSize();
        boolean bitfield = bitSz > 0;
        long byteSz, byteOff;
        if (bitfield) {
            byteSz = btf.resolveSize(mt.id());
            if (byteSz <= 0) throw fail(sec, idx, relo, "bitfield type has no size");
            byteOff = bitOff / 8 / byteSz * byteSz;
            while (bitOff + bitSz - byteOff * 8 > byteSz * 8) {
                if (byteSz >= 8) throw fail(sec, idx, relo, "bitfield can't be read with a 64-bit load");
                byteSz *= 2;
                byteOff = bitOff / 8 / byteSz * byteSz;
            }
        } else {
            byteSz = btf.resolveSize(mt.id());
            if (byteSz < 0) throw fail(sec, idx, relo, "field has no size");
            byteOff = bitOff / 8;
            bitSz = byteSz * 8;
        }
        switch (kind) {
            case FIELD_BYTE_OFFSET: return new Value(byteOff, !bitfield);
            case FIELD_BYTE_SIZE: return new Value(byteSz, !bitfield);
            case FIELD_SIGNED: {
                boolean signed = mt instanceof BtfType.Enum e ? e.signed()
                        : mt instanceof BtfType.Int in && in.signed();
                return new Value(signed ? 1 : 0, true);
            }
            case FIELD_LSHIFT_U64: return new Value(64 - (bitOff + bitSz - byteOff * 8), !bitfield);
            case FIELD_RSHIFT_U64: return new Value(64 - bitSz, true);
            default: throw fail(sec, idx, relo, "unexpected kind");
        }
    }

    /** Mirrors {@code bpf_core_patch_insn()}; the original value must match where libbpf validates it. */
    private void patch(CodeSection sec, int idx, BtfExt.CoreRelo relo, Value v) {
        long w = sec.insns[idx];
        Insn in = Insn.decode(w);
        int cls = Bpf.cls(in.opcode());
        switch (cls) {
            case Bpf.BPF_ALU: case Bpf.BPF_ALU64:
                if (Bpf.srcBit(in.opcode()) != Bpf.BPF_K) throw fail(sec, idx, relo, "ALU instruction does not use an immediate");
                if (v.validate() && in.imm() != (int) v.value()) {
                    throw fail(sec, idx, relo, "unexpected insn value: got " + in.imm() + ", exp " + v.value());
                }
                sec.insns[idx] = Insn.of(in.opcode(), in.dst(), in.src(), in.off(), (int) v.value()).encode();
                return;
            case Bpf.BPF_LDX: case Bpf.BPF_ST: case Bpf.BPF_STX:
                if (v.validate() && in.off() != v.value()) {
                    throw fail(sec, idx, relo, "unexpected insn offset: got " + in.off() + ", exp " + v.value());
                }
                if (v.value() > Short.MAX_VALUE) throw fail(sec, idx, relo, "offset " + v.value() + " too large");
                sec.insns[idx] = Insn.of(in.opcode(), in.dst(), in.src(), (int) v.value(), in.imm()).encode();
                return;
            case Bpf.BPF_LD: {
                if (in.opcode() != Bpf.LD_IMM64 || in.src() != 0 || in.off() != 0 || idx + 1 >= sec.insns.length) {
                    throw fail(sec, idx, relo, "not a plain LD_IMM64");
                }
                Insn hi = Insn.decode(sec.insns[idx + 1]);
                long orig = (in.imm() & 0xffffffffL) | (long) hi.imm() << 32;
                if (v.validate() && orig != v.value()) {
                    throw fail(sec, idx, relo, "unexpected insn value: got " + orig + ", exp " + v.value());
                }
                sec.insns[idx] = Insn.of(in.opcode(), in.dst(), 0, 0, (int) v.value()).encode();
                sec.insns[idx + 1] = Insn.of(hi.opcode(), hi.dst(), hi.src(), hi.off(), (int) (v.value() >>> 32)).encode();
                return;
            }
            default:
                throw fail(sec, idx, relo, "instruction class " + cls + " cannot be relocated");
        }
    }
}
