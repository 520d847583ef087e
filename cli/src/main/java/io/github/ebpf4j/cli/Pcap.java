package io.github.ebpf4j.cli;

import io.github.ebpf4j.vm.EbpfException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Classic pcap files (the libpcap format: a 24-byte global header, then a 16-byte header per
 * packet), microsecond or nanosecond, either byte order. Only Ethernet (link type 1) is accepted,
 * since programs see Ethernet frames.
 */
final class Pcap {
    private static final int MAGIC_US = 0xa1b2c3d4;
    private static final int MAGIC_NS = 0xa1b23c4d;
    private static final int LINKTYPE_ETHERNET = 1;
    /** Largest packet accepted (the default snap length of tcpdump). */
    private static final int MAX_PACKET = 262144;

    private Pcap() {}

    /**
     * @param file a pcap file
     * @return its packets, in order
     * @throws EbpfException naming the file and byte offset when it is malformed
     */
    static List<byte[]> read(Path file) {
        byte[] all;
        try {
            all = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new EbpfException(file + ": cannot read: " + e.getMessage(), e);
        }
        if (all.length < 24) throw new EbpfException(file + ": not a pcap file (" + all.length + " bytes)");
        ByteBuffer b = ByteBuffer.wrap(all).order(ByteOrder.LITTLE_ENDIAN);
        int magic = b.getInt(0);
        if (magic != MAGIC_US && magic != MAGIC_NS) {
            b.order(ByteOrder.BIG_ENDIAN);
            magic = b.getInt(0);
            if (magic != MAGIC_US && magic != MAGIC_NS) {
                throw new EbpfException(file + ": not a pcap file (magic 0x" + Integer.toHexString(b.getInt(0))
                        + " at offset 0; pcapng is not supported)");
            }
        }
        int link = b.getInt(20);
        if (link != LINKTYPE_ETHERNET) {
            throw new EbpfException(file + ": link type " + link + " at offset 20; only Ethernet (1) is supported");
        }
        List<byte[]> out = new ArrayList<>();
        int off = 24;
        while (off < all.length) {
            if (off + 16 > all.length) throw new EbpfException(file + ": truncated packet header at offset " + off);
            int incl = b.getInt(off + 8);
            if (incl < 0 || incl > MAX_PACKET || off + 16L + incl > all.length) {
                throw new EbpfException(file + ": packet of " + (incl & 0xffffffffL) + " bytes at offset " + off
                        + " runs past the end of the file or the 262144-byte limit");
            }
            byte[] p = new byte[incl];
            System.arraycopy(all, off + 16, p, 0, incl);
            out.add(p);
            off += 16 + incl;
        }
        return out;
    }

    /**
     * Writes packets as a microsecond pcap file (little-endian), timestamps one microsecond apart.
     *
     * @param file destination
     * @param packets the packets
     */
    static void write(Path file, List<byte[]> packets) {
        ByteArrayOutputStream os = new ByteArrayOutputStream();
        ByteBuffer h = ByteBuffer.allocate(24).order(ByteOrder.LITTLE_ENDIAN);
        h.putInt(MAGIC_US).putShort((short) 2).putShort((short) 4).putInt(0).putInt(0).putInt(MAX_PACKET)
                .putInt(LINKTYPE_ETHERNET);
        os.writeBytes(h.array());
        int i = 0;
        for (byte[] p : packets) {
            ByteBuffer ph = ByteBuffer.allocate(16).order(ByteOrder.LITTLE_ENDIAN);
            ph.putInt(0).putInt(i++).putInt(p.length).putInt(p.length);
            os.writeBytes(ph.array());
            os.writeBytes(p);
        }
        try {
            Files.write(file, os.toByteArray());
        } catch (IOException e) {
            throw new EbpfException(file + ": cannot write: " + e.getMessage(), e);
        }
    }
}
