package io.github.ebpf4j.elf.btf;

import io.github.ebpf4j.elf.BoundedReader;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The {@code .BTF.ext} section: per code section, function info, line info and CO-RE
 * relocation records. Instruction offsets are byte offsets within the ELF section as in the
 * file. Layout: Documentation/bpf/btf.rst section 4.2 and libbpf's {@code btf_ext_parse()}.
 *
 * @param funcInfos function info records
 * @param lineInfos line info records
 * @param coreRelos CO-RE relocation records
 */
public record BtfExt(List<FuncInfo> funcInfos, List<LineInfo> lineInfos, List<CoreRelo> coreRelos) {

    /**
     * A {@code bpf_func_info}.
     * @param section ELF section name @param insnOff byte offset in it @param typeId its BTF FUNC
     */
    public record FuncInfo(String section, long insnOff, int typeId) {}

    /**
     * A {@code bpf_line_info}.
     * @param section ELF section name @param insnOff byte offset in it
     * @param file source file name @param text the source line's text
     * @param line line number @param column column number
     */
    public record LineInfo(String section, long insnOff, String file, String text, int line, int column) {}

    /**
     * A {@code bpf_core_relo}.
     * @param section ELF section name @param insnOff byte offset in it
     * @param typeId root BTF type @param access access string, e.g. {@code "0:1:2"}
     * @param kind relocation kind
     */
    public record CoreRelo(String section, long insnOff, int typeId, String access, CoreReloKind kind) {}

    /** Empty: no .BTF.ext section. */
    public static final BtfExt EMPTY = new BtfExt(List.of(), List.of(), List.of());

    /**
     * @param r the section's contents
     * @param btf the object's BTF (for strings and type ids)
     * @return the parsed records
     * @throws io.github.ebpf4j.elf.ElfFormatException naming the offset of the first defect
     */
    public static BtfExt parse(BoundedReader r, Btf btf) {
        if (r.length() < 8) throw r.error(0, "BTF.ext header truncated (" + r.length() + " bytes)");
        int magic = r.u16(0);
        if (magic != Btf.MAGIC) {
            if (Integer.reverseBytes(magic << 16) == Btf.MAGIC) r = r.withBigEndian(!r.bigEndian());
            else throw r.error(0, "bad BTF.ext magic 0x" + Integer.toHexString(magic));
        }
        if (r.u8(2) != 1) throw r.error(2, "unsupported BTF.ext version " + r.u8(2));
        long hdrLen = r.u32(4);
        if (hdrLen < 24 || hdrLen > r.length()) throw r.error(4, "BTF.ext header length " + hdrLen + " out of range");
        BoundedReader body = r.window(r.section(), hdrLen, r.length() - hdrLen);
        // at most one record per 8 bytes: presize from the blob lengths, bounded by the section
        List<FuncInfo> funcs = new ArrayList<>((int) Math.min(r.u32(12) / 8, r.length() / 8));
        List<LineInfo> lines = new ArrayList<>((int) Math.min(r.u32(20) / 16, r.length() / 16));
        List<CoreRelo> relos = new ArrayList<>();
        forEachRecord(r, body, 8, 8, btf, (sec, rec, at) -> funcs.add(new FuncInfo(sec, rec.u32(at),
                typeId(rec, at + 4, btf))));
        forEachRecord(r, body, 16, 16, btf, (sec, rec, at) -> {
            long col = rec.u32(at + 12);
            lines.add(new LineInfo(sec, rec.u32(at), string(rec, at + 4, btf), string(rec, at + 8, btf),
                    (int) (col >>> 10), (int) (col & 0x3ff)));
        });
        if (hdrLen >= 32) {
            forEachRecord(r, body, 24, 16, btf, (sec, rec, at) -> {
                long k = rec.u32(at + 12);
                CoreReloKind kind = CoreReloKind.of((int) Math.min(k, 99));
                if (kind == null) throw rec.error(at + 12, "unknown CO-RE relocation kind " + k);
                relos.add(new CoreRelo(sec, rec.u32(at), typeId(rec, at + 4, btf), string(rec, at + 8, btf), kind));
            });
        }
        return new BtfExt(Collections.unmodifiableList(funcs), Collections.unmodifiableList(lines),
                Collections.unmodifiableList(relos));
    }

    private interface RecordSink {
        void accept(String section, BoundedReader records, long at);
    }

    private static void forEachRecord(BoundedReader hdr, BoundedReader body, int hdrField, int minRec, Btf btf,
            RecordSink sink) {
        long off = hdr.u32(hdrField), len = hdr.u32(hdrField + 4);
        if (len == 0) return;
        BoundedReader blob = body.window(body.section(), off, len);
        long recSize = blob.u32(0);
        if (recSize < minRec || recSize % 4 != 0 || recSize > len) {
            throw blob.error(0, "record size " + recSize + " invalid (at least " + minRec + ", multiple of 4)");
        }
        long p = 4;
        while (p < len) {
            String sec = string(blob, p, btf);
            long num = blob.u32(p + 4);
            p += 8;
            if (num == 0) throw blob.error(p - 4, "section '" + sec + "' has no records");
            if (num > (len - p) / recSize) {
                throw blob.error(p - 4, "section '" + sec + "' declares " + num + " records of " + recSize
                        + " bytes, more than the " + (len - p) + " bytes left");
            }
            BoundedReader records = blob.window(blob.section(), p, num * recSize);
            for (long i = 0; i < num; i++) sink.accept(sec, records, i * recSize);
            p += num * recSize;
        }
    }

    private static String string(BoundedReader r, long fieldOff, Btf btf) {
        long off = r.u32(fieldOff);
        return btf.string(off).orElseThrow(() -> r.error(fieldOff, "string offset " + off
                + " is past the end of the BTF strings (" + btf.stringsLength() + " bytes)"));
    }

    private static int typeId(BoundedReader r, long fieldOff, Btf btf) {
        long id = r.u32(fieldOff);
        if (id >= btf.types().size()) {
            throw r.error(fieldOff, "type id " + id + " out of range (" + btf.types().size() + " types)");
        }
        return (int) id;
    }
}
