package io.github.ebpf4j.elf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ebpf4j.elf.btf.CoreReloKind;
import io.github.ebpf4j.vm.isa.Bpf;
import io.github.ebpf4j.vm.isa.Insn;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * CO-RE relocations of testdata/obj/tracing.o, resolved against the object's own BTF. The
 * expected values are computed independently from {@code bpftool btf dump file} (member bit
 * offsets, sizes, enumerator values in testdata/obj/tracing.btf.txt); the kernel accepted all
 * three programs after libbpf relocated them against its own BTF (tracing.kernel.txt).
 */
class CoreRelocationTest {
    private static final Path OBJ = ToolFacts.objDir().resolve("tracing.o");
    private final Map<Integer, ToolFacts.BtfLine> types = new HashMap<>();

    CoreRelocationTest() {
        ToolFacts.btf(OBJ).forEach(l -> types.put(l.id(), l));
    }

    private ToolFacts.BtfLine skipMods(int id) {
        ToolFacts.BtfLine t = types.get(id);
        while (t.kind().equals("TYPEDEF") || t.kind().equals("CONST") || t.kind().equals("VOLATILE")) {
            t = types.get(Integer.parseInt(t.attrs().get("type_id")));
        }
        return t;
    }

    private long size(int id) {
        ToolFacts.BtfLine t = skipMods(id);
        if (t.kind().equals("PTR")) return 8;
        if (t.kind().equals("ARRAY")) {
            return Long.parseLong(t.attrs().get("nr_elems")) * size(Integer.parseInt(t.attrs().get("type_id")));
        }
        return Long.parseLong(t.attrs().get("size"));
    }

    private static String memberAttr(String line, String attr) {
        return line.replaceAll("^.*\\b" + attr + "=(\\d+).*$", "$1");
    }

    /** bpftool-based value of a relocation (bitfields do not occur in tracing.c). */
    private long expected(BpfProgram.CoreRelocation r) {
        String[] acc = r.access().split(":");
        switch (r.kind()) {
            case FIELD_EXISTS: case TYPE_EXISTS: case ENUMVAL_EXISTS: case TYPE_MATCHES: return 1;
            case TYPE_ID_LOCAL: case TYPE_ID_TARGET: return r.typeId();
            case TYPE_SIZE: return size(r.typeId());
            case ENUMVAL_VALUE: {
                String m = skipMods(r.typeId()).members().get(Integer.parseInt(acc[0]));
                return Long.parseLong(m.replaceAll("^.* val=(-?\\d+)$", "$1"));
            }
            default: break;
        }
        int cur = r.typeId();
        long bits = Long.parseLong(acc[0]) * size(cur) * 8;
        for (int i = 1; i < acc.length; i++) {
            ToolFacts.BtfLine t = skipMods(cur);
            int idx = Integer.parseInt(acc[i]);
            if (t.kind().equals("ARRAY")) {
                cur = Integer.parseInt(t.attrs().get("type_id"));
                bits += idx * size(cur) * 8;
            } else {
                String m = t.members().get(idx);
                bits += Long.parseLong(memberAttr(m, "bits_offset"));
                cur = Integer.parseInt(memberAttr(m, "type_id"));
            }
        }
        switch (r.kind()) {
            case FIELD_BYTE_OFFSET: return bits / 8;
            case FIELD_BYTE_SIZE: return size(cur);
            default: throw new AssertionError("unexpected kind in tracing.o: " + r.kind());
        }
    }

    @Test
    void valuesMatchBpftoolsLayoutAndSitInTheInstructions() throws Exception {
        BpfObject o = BpfObject.load(OBJ);
        Set<CoreReloKind> kinds = EnumSet.noneOf(CoreReloKind.class);
        int n = 0;
        for (BpfProgram p : o.programs()) {
            for (BpfProgram.CoreRelocation r : p.coreRelocations()) {
                String where = p.name() + " pc " + p.instructions().insn(r.pc()) + " " + r;
                assertEquals(expected(r), r.value(), where);
                Insn in = p.instructions().insn(r.pc());
                int cls = Bpf.cls(in.opcode());
                long inInsn = cls == Bpf.BPF_LDX || cls == Bpf.BPF_ST || cls == Bpf.BPF_STX ? in.off()
                        : in.opcode() == Bpf.LD_IMM64
                                ? (in.imm() & 0xffffffffL) | (long) p.instructions().insn(r.pc() + 1).imm() << 32
                                : in.imm();
                assertEquals(r.value(), inInsn, where);
                kinds.add(r.kind());
                n++;
            }
        }
        // the CO-RE macros tracing.c uses: BPF_CORE_READ, bpf_core_field_exists, bpf_core_field_size,
        // bpf_core_type_exists, bpf_core_enum_value, bpf_core_enum_value_exists
        assertEquals(EnumSet.of(CoreReloKind.FIELD_BYTE_OFFSET, CoreReloKind.FIELD_EXISTS, CoreReloKind.FIELD_BYTE_SIZE,
                CoreReloKind.TYPE_EXISTS, CoreReloKind.ENUMVAL_VALUE, CoreReloKind.ENUMVAL_EXISTS), kinds);
        assertEquals(o.btfExt().coreRelos().size(), n, "each record belongs to exactly one program here");
        assertTrue(o.programs().stream().flatMap(p -> p.coreRelocations().stream())
                .anyMatch(r -> r.kind() == CoreReloKind.ENUMVAL_VALUE && r.value() == 181),
                "BPF_FUNC_loop is 181 in enum bpf_func_id (include/uapi/linux/bpf.h)");
    }
}
