package io.github.ebpf4j.elf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.ebpf4j.elf.btf.Btf;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * Malformed objects, one defect per case, each made by patching a good testdata object at a
 * place located with llvm-readelf's facts (offsets below are those of testdata/obj/*.readelf.txt).
 * Each gives exactly one clear ElfFormatException naming file, section and byte offset.
 */
class MalformedObjectTest {

    /** A good object and the means to patch it. */
    private static final class Fixture {
        final byte[] bytes;
        final ElfFile elf;

        Fixture(String name) throws Exception {
            bytes = Files.readAllBytes(ToolFacts.objDir().resolve(name));
            elf = ElfFile.parse(bytes, name);
        }

        ByteBuffer le() {
            return ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        }

        /** File offset of a section header field. */
        int shdr(String section, int field) {
            ElfSection s = elf.section(section).orElseThrow();
            return (int) (le().getLong(0x28) + 64L * s.index() + field);
        }

        long offsetOf(String section) {
            return elf.section(section).orElseThrow().offset();
        }

        /** File offset of BTF type [id]'s first word (name_off); types walked with our parser's sizes. */
        int btfTypeOffset(int id) {
            int btf = (int) offsetOf(".BTF");
            ByteBuffer b = le();
            int hdr = b.getInt(btf + 4), typeOff = b.getInt(btf + 8);
            int p = btf + hdr + typeOff;
            for (int i = 1; i < id; i++) p += typeSize(b, p);
            return p;
        }

        private static int typeSize(ByteBuffer b, int p) {
            int info = b.getInt(p + 4), vlen = info & 0xffff, kind = (info >>> 24) & 0x1f;
            switch (kind) {
                case 1: case 14: case 17: return 16;
                case 3: return 24;
                case 4: case 5: case 15: return 12 + 12 * vlen;
                case 6: case 13: return 12 + 8 * vlen;
                case 19: return 12 + 12 * vlen;
                default: return 12;
            }
        }
    }

    private static String load(byte[] bytes, String name) {
        return assertThrows(ElfFormatException.class, () -> BpfObject.load(bytes, name)).getMessage();
    }

    private static String loadPatched(String name, java.util.function.Consumer<Fixture> patch) throws Exception {
        Fixture f = new Fixture(name);
        patch.accept(f);
        return load(f.bytes, name);
    }

    @Test
    void truncatedHeader() throws Exception {
        byte[] b = Arrays.copyOf(Files.readAllBytes(ToolFacts.objDir().resolve("xdp_firewall.o")), 40);
        assertEquals("xdp_firewall.o: offset 0x0: truncated ELF header: file has 40 bytes, the ELF64 header needs 64",
                load(b, "xdp_firewall.o"));
    }

    @Test
    void notElf() {
        assertEquals("x.o: offset 0x0: not an ELF file (bad magic)", load(new byte[100], "x.o"));
    }

    @Test
    void sectionOffsetPastTheEnd() throws Exception {
        // xdp_firewall.o: section [4] 'xdp' (readelf -S)
        String msg = loadPatched("xdp_firewall.o", f -> f.le().putLong(f.shdr("xdp", 24), f.bytes.length + 0x100L));
        assertEquals("xdp_firewall.o: section 'xdp': offset 0x" + Long.toHexString(new FixtureOffsets("xdp_firewall.o").shdr("xdp"))
                + ": section contents at 0x" + Long.toHexString(fileLength("xdp_firewall.o") + 0x100)
                + " (" + sectionSize("xdp_firewall.o", "xdp") + " bytes) lie outside the file (" + fileLength("xdp_firewall.o")
                + " bytes)", msg);
    }

    @Test
    void overlappingSections() throws Exception {
        String msg = loadPatched("tc_globals.o", f -> f.le().putLong(f.shdr("license", 24), f.offsetOf(".text")));
        assertEquals("tc_globals.o: section 'license': offset 0x40: section contents overlap section '.text'", msg);
    }

    @Test
    void symbolOutsideItsSection() throws Exception {
        // symbol 5 of tc_globals.o is mark_for, FUNC in .text (0xd0 bytes): put it at 0x1000
        String msg = loadPatched("tc_globals.o", f -> f.le().putLong((int) f.offsetOf(".symtab") + 5 * 24 + 8, 0x1000));
        assertEquals("tc_globals.o: section '.symtab': offset 0x" + Long.toHexString(sectionOffset("tc_globals.o", ".symtab") + 5 * 24)
                + ": symbol 'mark_for' at 0x1000 (120 bytes) lies outside its section '.text' (208 bytes)", msg);
    }

    @Test
    void relocationOnAnInstructionThatIsNeitherLdImm64NorCall() throws Exception {
        // first entry of .relxdp (readelf: xdp+0x78 against 'verdicts'); move it to instruction 0 (w0 = ..., 0xb4)
        String msg = loadPatched("xdp_firewall.o", f -> f.le().putLong((int) f.offsetOf(".relxdp"), 0));
        assertEquals("xdp_firewall.o: section '.relxdp': offset 0x" + Long.toHexString(sectionOffset("xdp_firewall.o", ".relxdp"))
                + ": relocation at xdp+0x0 against 'verdicts': instruction 0 (opcode 0x"
                + Integer.toHexString(firstOpcode("xdp_firewall.o", "xdp")) + ") is neither LD_IMM64 nor CALL", msg);
    }

    @Test
    void btfTypeCycle() throws Exception {
        // xdp_firewall.o [1] PTR -> [2]; make it point at itself
        String msg = loadPatched("xdp_firewall.o", f -> f.le().putInt(f.btfTypeOffset(1) + 8, 1));
        assertEquals("xdp_firewall.o: section '.BTF': type [1] PTR is part of a reference cycle", msg);
    }

    @Test
    void btfStructContainingItself() throws Exception {
        // xdp_firewall.o [6] STRUCT 'lpm_v4_key' (bpftool): its first member's type becomes [6]
        String msg = loadPatched("xdp_firewall.o", f -> f.le().putInt(f.btfTypeOffset(6) + 12 + 4, 6));
        assertEquals("xdp_firewall.o: section '.BTF': type [6] STRUCT contains itself (reference cycle)", msg);
    }

    @Test
    void btfStringOffsetPastTheEnd() throws Exception {
        String msg = loadPatched("xdp_firewall.o", f -> f.le().putInt(f.btfTypeOffset(2), 0x7fff0000));
        assertEquals("xdp_firewall.o: section '.BTF': offset 0x" + Integer.toHexString(new Fixture0("xdp_firewall.o").btfType(2))
                + ": string offset 2147418112 is past the end of the BTF strings (" + btfStringsLength("xdp_firewall.o")
                + " bytes)", msg);
    }

    @Test
    void absurdSectionCount() throws Exception {
        String msg = loadPatched("xdp_firewall.o", f -> f.le().putShort(0x3c, (short) 0xfff0));
        assertEquals("xdp_firewall.o: offset 0x" + Long.toHexString(shoff("xdp_firewall.o"))
                + ": section header table of 65520 entries at 0x" + Long.toHexString(shoff("xdp_firewall.o"))
                + " runs past the end of the file (" + fileLength("xdp_firewall.o") + " bytes)", msg);
    }

    @Test
    void absurdBtfMemberCount() throws Exception {
        // [6] STRUCT 'lpm_v4_key' vlen 2 -> 0xffff
        String msg = loadPatched("xdp_firewall.o", f -> {
            int p = f.btfTypeOffset(6) + 4;
            f.le().putInt(p, (f.le().getInt(p) & ~0xffff) | 0xffff);
        });
        assertEquals("xdp_firewall.o: section '.BTF': offset 0x" + Integer.toHexString(new Fixture0("xdp_firewall.o").btfType(6) + 12)
                + ": type [6] declares 65535 entries of 12 bytes, more than the "
                + (btfTypesEnd("xdp_firewall.o") - new Fixture0("xdp_firewall.o").btfType(6) - 12) + " bytes left", msg);
    }

    @Test
    void absurdLineInfoCount() throws Exception {
        // .BTF.ext: line_info blob = rec_size, then {sec_name_off, num_info}: make num_info huge
        String msg = loadPatched("xdp_firewall.o", f -> {
            ByteBuffer b = f.le();
            int ext = (int) f.offsetOf(".BTF.ext");
            int hdr = b.getInt(ext + 4), lineOff = b.getInt(ext + 16);
            b.putInt(ext + hdr + lineOff + 4 + 4, 0x10000000);
        });
        assertEquals(true, msg.startsWith("xdp_firewall.o: section '.BTF.ext': offset 0x"), msg);
        assertEquals(true, msg.endsWith("declares 268435456 records of 16 bytes, more than the "
                + msg.replaceAll("^.*more than the (\\d+) bytes left$", "$1") + " bytes left"), msg);
    }

    @Test
    void hugeBssIsRefusedNotAllocated() throws Exception {
        // tc_globals.o .bss is NOBITS (readelf -S): it claims 2 GiB without occupying the file
        String msg = loadPatched("tc_globals.o", f -> f.le().putLong(f.shdr(".bss", 32), 0x7fff0000L));
        assertEquals("tc_globals.o: section '.bss': offset 0x" + Long.toHexString(sectionOffset("tc_globals.o", ".bss"))
                + ": section of 2147418112 bytes is too large for a global data map (the kernel's limit is 4194304)", msg);
    }

    @Test
    void callIntoNowhere() throws Exception {
        // tc_globals.o .reltc entry 7 (R_BPF_64_32 against .text at tc+0xe8): the call's imm now points past .text
        String msg = loadPatched("tc_globals.o", f -> {
            int insn = (int) f.offsetOf("tc") + 0xe8;
            f.le().putInt(insn + 4, 1000);
        });
        assertEquals("tc_globals.o: section 'tc': offset 0x" + Long.toHexString(sectionOffset("tc_globals.o", "tc") + 0xe8)
                + ": program 'tc_ingress': function 'tc_ingress' insn 29: call to instruction 1001 of .text, where no"
                + " subprogram is", msg);
    }

    // ---- facts about the unpatched files, from our ELF layer (itself checked against readelf in ElfLayerTest) ----

    private static long fileLength(String n) throws Exception {
        return Files.size(ToolFacts.objDir().resolve(n));
    }

    private static long sectionOffset(String n, String s) throws Exception {
        return new Fixture(n).offsetOf(s);
    }

    private static long sectionSize(String n, String s) throws Exception {
        return new Fixture(n).elf.section(s).orElseThrow().size();
    }

    private static long shoff(String n) throws Exception {
        return new Fixture(n).le().getLong(0x28);
    }

    private static int firstOpcode(String n, String s) throws Exception {
        Fixture f = new Fixture(n);
        return f.bytes[(int) f.offsetOf(s)] & 0xff;
    }

    private static int btfStringsLength(String n) throws Exception {
        Fixture f = new Fixture(n);
        return Btf.parse(f.elf.contents(f.elf.section(".BTF").orElseThrow())).stringsLength();
    }

    private static int btfTypesEnd(String n) throws Exception {
        Fixture f = new Fixture(n);
        ByteBuffer b = f.le();
        int btf = (int) f.offsetOf(".BTF");
        return btf + b.getInt(btf + 4) + b.getInt(btf + 8) + b.getInt(btf + 12);
    }

    private static final class FixtureOffsets {
        final Fixture f;

        FixtureOffsets(String n) throws Exception {
            f = new Fixture(n);
        }

        long shdr(String s) {
            return f.shdr(s, 0);
        }
    }

    private static final class Fixture0 {
        final Fixture f;

        Fixture0(String n) throws Exception {
            f = new Fixture(n);
        }

        int btfType(int id) {
            return f.btfTypeOffset(id);
        }
    }
}
