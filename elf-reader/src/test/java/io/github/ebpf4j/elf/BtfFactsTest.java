package io.github.ebpf4j.elf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ebpf4j.elf.btf.Btf;
import io.github.ebpf4j.elf.btf.BtfType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every BTF type of every testdata object against {@code bpftool btf dump file} (testdata/obj/*.btf.txt):
 * id, kind, name, attributes and member lines, rendered in bpftool's format from our model.
 * DATASECs are compared as the compiler wrote them (before libbpf's size/offset fix-up).
 */
class BtfFactsTest {

    private static Btf rawBtf(Path obj) throws Exception {
        ElfFile elf = ElfFile.parse(Files.readAllBytes(obj), obj.toString());
        return Btf.parse(elf.contents(elf.section(".BTF").orElseThrow()));
    }

    @TestFactory
    Stream<DynamicTest> typesMatchBpftool() {
        return ToolFacts.objects().stream().map(obj -> DynamicTest.dynamicTest(obj.getFileName().toString(), () -> {
            List<ToolFacts.BtfLine> expected = ToolFacts.btf(obj);
            Btf btf = rawBtf(obj);
            assertTrue(expected.size() > 10);
            assertEquals(expected.size(), btf.typeCount(), "type count");
            for (ToolFacts.BtfLine e : expected) {
                BtfType t = btf.type(e.id());
                String where = "[" + e.id() + "] " + e.kind() + " '" + e.name() + "'";
                assertEquals(e.kind(), t.kind().name(), where);
                assertEquals(e.name(), t.name().isEmpty() ? "(anon)" : t.name(), where);
                checkAttrs(btf, t, e, where);
                assertEquals(e.members(), members(btf, t), where + " members");
            }
        }));
    }

    private static void checkAttrs(Btf btf, BtfType t, ToolFacts.BtfLine e, String where) {
        if (t instanceof BtfType.Int i) {
            assertEquals(e.attrs().get("size"), Integer.toString(i.size()), where);
            assertEquals(e.attrs().get("nr_bits"), Integer.toString(i.bits()), where);
            assertEquals(e.attrs().get("bits_offset"), Integer.toString(i.bitOffset()), where);
        } else if (t instanceof BtfType.Ref r) {
            assertEquals(e.attrs().get("type_id"), Integer.toString(r.type()), where);
        } else if (t instanceof BtfType.Array a) {
            assertEquals(e.attrs().get("type_id"), Integer.toString(a.type()), where);
            assertEquals(e.attrs().get("index_type_id"), Integer.toString(a.indexType()), where);
            assertEquals(e.attrs().get("nr_elems"), Long.toString(a.elements()), where);
        } else if (t instanceof BtfType.Composite c) {
            assertEquals(e.attrs().get("size"), Long.toString(c.size()), where);
            assertEquals(e.attrs().get("vlen"), Integer.toString(c.members().size()), where);
        } else if (t instanceof BtfType.Enum en) {
            assertEquals(e.attrs().get("size"), Integer.toString(en.size()), where);
            assertEquals(e.attrs().get("vlen"), Integer.toString(en.values().size()), where);
        } else if (t instanceof BtfType.Func f) {
            assertEquals(e.attrs().get("type_id"), Integer.toString(f.type()), where);
            assertEquals(e.attrs().get("linkage"), List.of("static", "global", "extern").get(f.linkage()), where);
        } else if (t instanceof BtfType.FuncProto p) {
            assertEquals(e.attrs().get("ret_type_id"), Integer.toString(p.returnType()), where);
            assertEquals(e.attrs().get("vlen"), Integer.toString(p.params().size()), where);
        } else if (t instanceof BtfType.Var v) {
            assertEquals(e.attrs().get("type_id"), Integer.toString(v.type()), where);
            assertEquals(e.attrs().get("linkage"), List.of("static", "global", "extern").get(v.linkage()), where);
        } else if (t instanceof BtfType.Datasec d) {
            assertEquals(e.attrs().get("size"), Long.toString(d.size()), where);
            assertEquals(e.attrs().get("vlen"), Integer.toString(d.vars().size()), where);
        } else if (t instanceof BtfType.Fwd f) {
            assertEquals(e.attrs().get("fwd_kind"), f.union() ? "union" : "struct", where);
        } else if (t instanceof BtfType.Float f) {
            assertEquals(e.attrs().get("size"), Integer.toString(f.size()), where);
        } else if (t instanceof BtfType.DeclTag d) {
            assertEquals(e.attrs().get("type_id"), Integer.toString(d.type()), where);
            assertEquals(e.attrs().get("component_idx"), Integer.toString(d.componentIndex()), where);
        }
    }

    /** Member lines as bpftool prints them (btf_dump_plain in bpftool's btf.c). */
    private static List<String> members(Btf btf, BtfType t) {
        List<String> out = new ArrayList<>();
        if (t instanceof BtfType.Composite c) {
            for (BtfType.Member m : c.members()) {
                out.add("'" + anon(m.name()) + "' type_id=" + m.type() + " bits_offset=" + m.bitOffset()
                        + (m.bitfieldSize() != 0 ? " bitfield_size=" + m.bitfieldSize() : ""));
            }
        } else if (t instanceof BtfType.Enum e) {
            for (BtfType.Enumerator v : e.values()) {
                String val = e.signed() ? Long.toString(v.value()) : Long.toUnsignedString(v.value());
                out.add("'" + v.name() + "' val=" + val);
            }
        } else if (t instanceof BtfType.FuncProto p) {
            for (BtfType.Param a : p.params()) out.add("'" + anon(a.name()) + "' type_id=" + a.type());
        } else if (t instanceof BtfType.Datasec d) {
            for (BtfType.VarSecinfo v : d.vars()) {
                BtfType var = btf.type(v.type());
                out.add("type_id=" + v.type() + " offset=" + v.offset() + " size=" + v.size() + " (" + var.kind() + " '"
                        + var.name() + "')");
            }
        }
        return out;
    }

    private static String anon(String n) {
        return n.isEmpty() ? "(anon)" : n;
    }

    @Test
    void fixedUpDatasecsTakeSizesAndOffsetsFromTheElfFile() throws Exception {
        // readelf: .rodata of tc_globals.o is 0x21 bytes; min_len at 0, allowed_marks at 4 (symbol values)
        Path obj = ToolFacts.objDir().resolve("tc_globals.o");
        BpfObject o = BpfObject.load(obj);
        BtfType.Datasec ds = (BtfType.Datasec) o.btf().orElseThrow().find(".rodata",
                io.github.ebpf4j.elf.btf.BtfKind.DATASEC).orElseThrow();
        ToolFacts.Section rodata = ToolFacts.sections(obj).stream().filter(s -> s.name().equals(".rodata")).findFirst()
                .orElseThrow();
        assertEquals(rodata.size(), ds.size());
        for (BtfType.VarSecinfo v : ds.vars()) {
            String name = o.btf().get().type(v.type()).name();
            ToolFacts.symbols(obj).stream().filter(s -> s.name().equals(name) && s.bind().equals("GLOBAL")).findFirst()
                    .ifPresent(s -> assertEquals(s.value(), v.offset(), name));
        }
    }
}
