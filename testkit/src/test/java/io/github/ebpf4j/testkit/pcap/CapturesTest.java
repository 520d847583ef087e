package io.github.ebpf4j.testkit.pcap;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.ebpf4j.testkit.packet.PacketBuilder;
import io.github.ebpf4j.vm.pcap.CaptureFormatException;
import io.github.ebpf4j.vm.pcap.CapturedPacket;
import io.github.ebpf4j.vm.pcap.Captures;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * pcap and pcapng round trips, the byte orders and timestamp resolutions writers use, and one
 * clear error per defect. Layouts from draft-ietf-opsawg-pcap (file header 24 bytes, record
 * header 16) and draft-ietf-opsawg-pcapng (SHB 0x0a0d0d0a, IDB 1, SPB 3, EPB 6).
 */
class CapturesTest {
    static final List<CapturedPacket> PACKETS = List.of(
            CapturedPacket.of(1_000_000_123_456_000L, PacketBuilder.ethernet().ipv4("10.0.0.1", "10.0.0.2").udp(1, 2).bytes()),
            CapturedPacket.of(1_000_000_124_000_000L, PacketBuilder.ethernet().ipv6("::1", "::2").tcp(3, 4).payload("abc").bytes()));

    @Test
    void pcapRoundTrip() {
        List<CapturedPacket> back = Captures.read(Captures.pcapBytes(PACKETS), "t.pcap");
        assertEquals(2, back.size());
        for (int i = 0; i < 2; i++) {
            assertArrayEquals(PACKETS.get(i).data(), back.get(i).data());
            assertEquals(PACKETS.get(i).timestampNs(), back.get(i).timestampNs());
        }
    }

    @Test
    void pcapHeaderIsTheClassicLittleEndianMicrosecondOne() {
        byte[] b = Captures.pcapBytes(List.of());
        assertEquals("d4c3b2a1020004000000000000000000000004000100000", HexFormat.of().formatHex(b).substring(0, 47));
    }

    @Test
    void pcapNgRoundTripKeepsNanoseconds() {
        List<CapturedPacket> in = List.of(CapturedPacket.of(1_700_000_000_123_456_789L, new byte[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15}));
        List<CapturedPacket> back = Captures.read(Captures.pcapNgBytes(in), "t.pcapng");
        assertEquals(1_700_000_000_123_456_789L, back.get(0).timestampNs());
        assertArrayEquals(in.get(0).data(), back.get(0).data());
    }

    @Test
    void bigEndianNanosecondPcap() {
        ByteBuffer b = ByteBuffer.allocate(24 + 16 + 14).order(ByteOrder.BIG_ENDIAN);
        b.putInt(0xa1b23c4d).putShort((short) 2).putShort((short) 4).putInt(0).putInt(0).putInt(65535).putInt(1);
        b.putInt(7).putInt(999_999_999).putInt(14).putInt(60).put(new byte[14]);
        CapturedPacket p = Captures.read(b.array(), "be.pcap").get(0);
        assertEquals(7_999_999_999L, p.timestampNs());
        assertEquals(60, p.originalLength());
    }

    @Test
    void pcapNgMicrosecondDefaultAndSimplePacketBlock() {
        ByteBuffer b = ByteBuffer.allocate(28 + 20 + 32 + 14 + 2 + 16 + 16).order(ByteOrder.LITTLE_ENDIAN);
        b.putInt(0x0a0d0d0a).putInt(28).putInt(0x1a2b3c4d).putShort((short) 1).putShort((short) 0).putLong(-1).putInt(28);
        b.putInt(1).putInt(20).putShort((short) 1).putShort((short) 0).putInt(0).putInt(20);        // IDB, no options: microseconds
        b.putInt(6).putInt(48).putInt(0).putInt(0).putInt(5).putInt(14).putInt(14).put(new byte[16]).putInt(48); // EPB ts 5 us
        b.putInt(3).putInt(32).putInt(14).put(new byte[16]).putInt(32);                            // SPB
        List<CapturedPacket> ps = Captures.read(Arrays.copyOf(b.array(), b.position()), "t.pcapng");
        assertEquals(2, ps.size());
        assertEquals(5_000, ps.get(0).timestampNs());
        assertEquals(14, ps.get(1).data().length);
    }

    @Test
    void defectsAreNamedWithTheirOffset() {
        byte[] good = Captures.pcapBytes(PACKETS);
        assertEquals("x.pcap: at byte 0: magic 0x00000000 is neither pcap nor pcapng",
                assertThrows(CaptureFormatException.class, () -> Captures.read(new byte[8], "x.pcap")).getMessage());
        assertEquals("x.pcap: at byte 40: packet of 42 bytes runs past the end of the file",
                assertThrows(CaptureFormatException.class, () -> Captures.read(Arrays.copyOf(good, 50), "x.pcap")).getMessage());
        assertEquals("x.pcap: at byte 82: truncated packet record header",
                assertThrows(CaptureFormatException.class, () -> Captures.read(Arrays.copyOf(good, 90), "x.pcap")).getMessage());
        byte[] huge = good.clone();
        ByteBuffer.wrap(huge).order(ByteOrder.LITTLE_ENDIAN).putInt(32, -1);
        assertEquals("x.pcap: at byte 32: captured length 4294967295 is too large",
                assertThrows(CaptureFormatException.class, () -> Captures.read(huge, "x.pcap")).getMessage());
        byte[] wifi = good.clone();
        wifi[20] = 105;
        assertEquals("x.pcap: at byte 20: link type 105 is not Ethernet (1)",
                assertThrows(CaptureFormatException.class, () -> Captures.read(wifi, "x.pcap")).getMessage());

        byte[] ng = Captures.pcapNgBytes(PACKETS);
        byte[] badLen = ng.clone();
        ByteBuffer.wrap(badLen).order(ByteOrder.LITTLE_ENDIAN).putInt(28 + 4, 1 << 30);
        assertEquals("x.pcapng: at byte 32: block length 1073741824 is invalid or runs past the end of the file",
                assertThrows(CaptureFormatException.class, () -> Captures.read(badLen, "x.pcapng")).getMessage());
        byte[] noIdb = Arrays.copyOfRange(ng, 0, 28);
        byte[] epbOnly = new byte[28 + ng.length - 60];
        System.arraycopy(noIdb, 0, epbOnly, 0, 28);
        System.arraycopy(ng, 60, epbOnly, 28, ng.length - 60);
        assertEquals("x.pcapng: at byte 36: interface 0 was not described",
                assertThrows(CaptureFormatException.class, () -> Captures.read(epbOnly, "x.pcapng")).getMessage());
    }
}
