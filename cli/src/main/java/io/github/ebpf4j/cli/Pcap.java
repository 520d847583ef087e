package io.github.ebpf4j.cli;

import io.github.ebpf4j.vm.EbpfException;
import io.github.ebpf4j.vm.pcap.CapturedPacket;
import io.github.ebpf4j.vm.pcap.Captures;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The packet files of {@code ebpf4j run --pcap/--pcap-out}, over {@link Captures} (pcap and
 * pcapng in, classic pcap out): I/O errors become one-line {@link EbpfException}s.
 */
final class Pcap {
    private Pcap() {}

    /**
     * @param file a pcap or pcapng capture
     * @return its packets' bytes, in order
     * @throws EbpfException naming the file (and byte offset when it is malformed)
     */
    static List<byte[]> read(Path file) {
        try {
            return Captures.read(file).stream().map(CapturedPacket::data).toList();
        } catch (IOException e) {
            throw new EbpfException(file + ": cannot read: " + e.getMessage(), e);
        }
    }

    /**
     * Writes packets as a microsecond pcap file, timestamps one microsecond apart.
     *
     * @param file destination
     * @param packets the packets
     */
    static void write(Path file, List<byte[]> packets) {
        List<CapturedPacket> out = new ArrayList<>(packets.size());
        for (int i = 0; i < packets.size(); i++) out.add(CapturedPacket.of(i * 1_000L, packets.get(i)));
        try {
            Captures.writePcap(file, out);
        } catch (IOException e) {
            throw new EbpfException(file + ": cannot write: " + e.getMessage(), e);
        }
    }
}
