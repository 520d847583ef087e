package io.github.ebpf4j.vm.pcap;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads and writes capture files: classic pcap (microsecond and nanosecond magic, either byte
 * order) and pcapng (section header, interface description, enhanced and simple packet blocks;
 * other blocks skipped), Ethernet link type only. Formats as in the IETF drafts
 * draft-ietf-opsawg-pcap and draft-ietf-opsawg-pcapng.
 */
public final class Captures {
    /** LINKTYPE_ETHERNET. */
    public static final int LINKTYPE_ETHERNET = 1;
    /** Largest packet accepted (the pcapng draft's recommended snap length). */
    public static final int MAX_PACKET = 262_144;
    private static final int PCAP_MAGIC_US = 0xa1b2c3d4;
    private static final int PCAP_MAGIC_NS = 0xa1b23c4d;
    private static final int PCAPNG_SHB = 0x0a0d0d0a;
    private static final int PCAPNG_BOM = 0x1a2b3c4d;
    private static final int IDB = 1;
    private static final int SPB = 3;
    private static final int EPB = 6;

    private Captures() {}

    /**
     * @param file a pcap or pcapng file
     * @return its packets, in order
     * @throws IOException if it cannot be read
     * @throws CaptureFormatException if it is neither format, or malformed
     */
    public static List<CapturedPacket> read(Path file) throws IOException {
        return read(Files.readAllBytes(file), file.toString());
    }

    /**
     * @param bytes the file's contents
     * @param name its name for messages
     * @return its packets, in order
     * @throws CaptureFormatException if it is neither format, or malformed
     */
    public static List<CapturedPacket> read(byte[] bytes, String name) {
        if (bytes.length < 4) throw new CaptureFormatException(name, 0, "file of " + bytes.length + " bytes has no magic number");
        ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.BIG_ENDIAN);
        int magic = b.getInt(0);
        if (magic == PCAPNG_SHB) return readPcapNg(b, name);
        for (ByteOrder o : new ByteOrder[] {ByteOrder.BIG_ENDIAN, ByteOrder.LITTLE_ENDIAN}) {
            int m = b.order(o).getInt(0);
            if (m == PCAP_MAGIC_US || m == PCAP_MAGIC_NS) return readPcap(b, name, m == PCAP_MAGIC_NS);
        }
        throw new CaptureFormatException(name, 0, String.format("magic 0x%08x is neither pcap nor pcapng", magic));
    }

    private static List<CapturedPacket> readPcap(ByteBuffer b, String name, boolean nanos) {
        if (b.limit() < 24) throw new CaptureFormatException(name, b.limit(), "pcap file header needs 24 bytes");
        int linktype = b.getInt(20) & 0x0fffffff; // the upper bits may carry FCS information
        if (linktype != LINKTYPE_ETHERNET) throw new CaptureFormatException(name, 20, "link type " + linktype + " is not Ethernet (1)");
        List<CapturedPacket> out = new ArrayList<>();
        int off = 24;
        while (off < b.limit()) {
            if (off + 16 > b.limit()) throw new CaptureFormatException(name, off, "truncated packet record header");
            long sec = b.getInt(off) & 0xffffffffL;
            long frac = b.getInt(off + 4) & 0xffffffffL;
            int incl = b.getInt(off + 8);
            int orig = b.getInt(off + 12);
            if (incl < 0 || incl > MAX_PACKET) throw new CaptureFormatException(name, off + 8, "captured length " + Integer.toUnsignedString(incl) + " is too large");
            if (off + 16 + incl > b.limit()) throw new CaptureFormatException(name, off + 16, "packet of " + incl + " bytes runs past the end of the file");
            byte[] data = new byte[incl];
            b.get(off + 16, data);
            out.add(new CapturedPacket(sec * 1_000_000_000L + (nanos ? frac : frac * 1000), data, Math.max(orig, incl), 0));
            off += 16 + incl;
        }
        return out;
    }

    private static List<CapturedPacket> readPcapNg(ByteBuffer b, String name) {
        List<CapturedPacket> out = new ArrayList<>();
        List<long[]> interfaces = new ArrayList<>(); // {linktype, ticks per second}
        int off = 0;
        while (off < b.limit()) {
            if (off + 12 > b.limit()) throw new CaptureFormatException(name, off, "truncated block header");
            int type = b.getInt(off); // the section header's type reads the same in both byte orders
            if (type == PCAPNG_SHB) {
                if (off + 28 > b.limit()) throw new CaptureFormatException(name, off, "truncated section header block");
                int bom = b.getInt(off + 8);
                if (bom == PCAPNG_BOM) b.order(ByteOrder.BIG_ENDIAN);
                else if (Integer.reverseBytes(bom) == PCAPNG_BOM) b.order(ByteOrder.LITTLE_ENDIAN);
                else throw new CaptureFormatException(name, off + 8, String.format("byte-order magic 0x%08x", bom));
                interfaces.clear(); // interface ids are per section
            }
            long len = b.getInt(off + 4) & 0xffffffffL;
            if (len < 12 || len % 4 != 0 || off + len > b.limit()) {
                throw new CaptureFormatException(name, off + 4, "block length " + len + " is invalid or runs past the end of the file");
            }
            if ((b.getInt((int) (off + len - 4)) & 0xffffffffL) != len) {
                throw new CaptureFormatException(name, off + len - 4, "trailing block length differs from " + len);
            }
            int body = off + 8;
            int end = (int) (off + len - 4);
            if (type == IDB) {
                if (end - body < 8) throw new CaptureFormatException(name, body, "truncated interface description block");
                long tsPerSec = 1_000_000L;
                int o = body + 8;
                while (o + 4 <= end) {
                    int code = b.getShort(o) & 0xffff;
                    int olen = b.getShort(o + 2) & 0xffff;
                    if (code == 0) break;
                    if (o + 4 + olen > end) throw new CaptureFormatException(name, o, "option runs past its block");
                    if (code == 9 && olen >= 1) { // if_tsresol
                        int r = b.get(o + 4) & 0xff;
                        int exp = r & 0x7f;
                        if ((r & 0x80) == 0 ? exp > 18 : exp > 62) throw new CaptureFormatException(name, o + 4, "if_tsresol " + r);
                        tsPerSec = (r & 0x80) == 0 ? pow10(exp) : 1L << exp;
                    }
                    o += 4 + (olen + 3) / 4 * 4;
                }
                interfaces.add(new long[] {b.getShort(body) & 0xffff, tsPerSec});
            } else if (type == EPB) {
                if (end - body < 20) throw new CaptureFormatException(name, body, "truncated enhanced packet block");
                int ifid = b.getInt(body);
                if (ifid < 0 || ifid >= interfaces.size()) throw new CaptureFormatException(name, body, "interface " + ifid + " was not described");
                long[] itf = interfaces.get(ifid);
                if (itf[0] != LINKTYPE_ETHERNET) throw new CaptureFormatException(name, body, "interface " + ifid + " has link type " + itf[0] + ", not Ethernet (1)");
                long ts = (b.getInt(body + 4) & 0xffffffffL) << 32 | (b.getInt(body + 8) & 0xffffffffL);
                int cap = b.getInt(body + 12);
                int orig = b.getInt(body + 16);
                if (cap < 0 || cap > MAX_PACKET || body + 20 + cap > end) {
                    throw new CaptureFormatException(name, body + 12, "captured length " + Integer.toUnsignedString(cap) + " does not fit its block");
                }
                byte[] data = new byte[cap];
                b.get(body + 20, data);
                out.add(new CapturedPacket(toNanos(ts, itf[1]), data, Math.max(orig, cap), ifid));
            } else if (type == SPB) {
                if (interfaces.isEmpty()) throw new CaptureFormatException(name, off, "simple packet block before any interface");
                if (interfaces.get(0)[0] != LINKTYPE_ETHERNET) throw new CaptureFormatException(name, off, "interface 0 is not Ethernet");
                int orig = b.getInt(body);
                int cap = Math.min(end - body - 4, orig < 0 ? Integer.MAX_VALUE : orig);
                if (cap > MAX_PACKET) throw new CaptureFormatException(name, body, "packet of " + cap + " bytes is too large");
                byte[] data = new byte[Math.max(cap, 0)];
                b.get(body + 4, data);
                out.add(new CapturedPacket(0, data, Math.max(orig, data.length), 0));
            }
            off += (int) len;
        }
        return out;
    }

    private static long pow10(int e) {
        long v = 1;
        for (int i = 0; i < e; i++) v *= 10;
        return v;
    }

    private static long toNanos(long ticks, long perSec) {
        if (perSec == 1_000_000_000L) return ticks;
        return java.math.BigInteger.valueOf(ticks).multiply(java.math.BigInteger.valueOf(1_000_000_000L))
                .divide(java.math.BigInteger.valueOf(perSec)).longValue();
    }

    /**
     * Writes a classic pcap file: little-endian, microsecond timestamps, Ethernet.
     *
     * @param file where to write
     * @param packets the packets
     * @throws IOException if it cannot be written
     */
    public static void writePcap(Path file, List<CapturedPacket> packets) throws IOException {
        Files.write(file, pcapBytes(packets));
    }

    /** @param packets packets @return a classic pcap file's bytes (little-endian, microseconds, Ethernet) */
    public static byte[] pcapBytes(List<CapturedPacket> packets) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteBuffer h = le(24).putInt(PCAP_MAGIC_US).putShort((short) 2).putShort((short) 4).putInt(0).putInt(0)
                .putInt(MAX_PACKET).putInt(LINKTYPE_ETHERNET);
        out.writeBytes(h.array());
        for (CapturedPacket p : packets) {
            byte[] d = p.data();
            ByteBuffer r = le(16).putInt((int) (p.timestampNs() / 1_000_000_000L))
                    .putInt((int) (p.timestampNs() % 1_000_000_000L / 1000)).putInt(d.length).putInt(p.originalLength());
            out.writeBytes(r.array());
            out.writeBytes(d);
        }
        return out.toByteArray();
    }

    /**
     * Writes a pcapng file: one section, one Ethernet interface with nanosecond resolution, one
     * enhanced packet block per packet.
     *
     * @param file where to write
     * @param packets the packets
     * @throws IOException if it cannot be written
     */
    public static void writePcapNg(Path file, List<CapturedPacket> packets) throws IOException {
        Files.write(file, pcapNgBytes(packets));
    }

    /** @param packets packets @return a pcapng file's bytes (little-endian, one Ethernet interface, nanoseconds) */
    public static byte[] pcapNgBytes(List<CapturedPacket> packets) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(le(28).putInt(PCAPNG_SHB).putInt(28).putInt(PCAPNG_BOM).putShort((short) 1).putShort((short) 0)
                .putLong(-1).putInt(28).array());
        // IDB: linktype, reserved, snaplen, if_tsresol = 9 (nanoseconds), opt_endofopt
        out.writeBytes(le(32).putInt(IDB).putInt(32).putShort((short) LINKTYPE_ETHERNET).putShort((short) 0).putInt(MAX_PACKET)
                .putShort((short) 9).putShort((short) 1).put((byte) 9).put(new byte[3]).putInt(0).putInt(32).array());
        for (CapturedPacket p : packets) {
            byte[] d = p.data();
            int padded = (d.length + 3) / 4 * 4;
            int len = 32 + padded;
            ByteBuffer e = le(len).putInt(EPB).putInt(len).putInt(0).putInt((int) (p.timestampNs() >>> 32))
                    .putInt((int) p.timestampNs()).putInt(d.length).putInt(p.originalLength()).put(d);
            e.position(28 + padded);
            e.putInt(len);
            out.writeBytes(e.array());
        }
        return out.toByteArray();
    }

    private static ByteBuffer le(int n) {
        return ByteBuffer.allocate(n).order(ByteOrder.LITTLE_ENDIAN);
    }
}
