package io.github.ebpf4j.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/**
 * The input of the packet-parsing benchmark ({@code testdata/bench/packet_parse.s}): a batch of
 * captured Ethernet frames, each record a little-endian u16 capture length followed by the frame's
 * first bytes, and the number of frames the program must count (TCP or UDP to port 80 or 443 whose
 * headers are all inside the capture), known by construction rather than by parsing.
 *
 * <p>The mix is fixed (a seeded {@link Random}, whose sequence the JDK specifies): IPv4 TCP and UDP
 * with 0 to 3 option words, IPv6 TCP and UDP, ICMP, ARP, VLAN-tagged frames (not parsed, so not
 * counted), and captures cut short inside the IP or transport header.
 *
 * <p>{@code java -cp bench/target/benchmarks.jar io.github.ebpf4j.bench.PacketBatch OUT.bin}
 * writes the batch, so other interpreters (uBPF) can run the same bytes.
 *
 * @param bytes the batch
 * @param frames number of records
 * @param expectedCount frames the program counts in one pass over the batch
 */
public record PacketBatch(byte[] bytes, int frames, int expectedCount) {
    /** Frames in the benchmark's batch. */
    public static final int FRAMES = 256;
    /** Seed of the benchmark's batch. */
    public static final long SEED = 0xeb9f4L;

    private static final int[] PORTS = {80, 443, 53, 22, 8080, 123};

    /** @return the benchmark's batch: {@link #FRAMES} frames from {@link #SEED} */
    public static PacketBatch standard() {
        return generate(FRAMES, SEED);
    }

    /**
     * @param frames number of frames
     * @param seed random seed
     * @return a batch
     */
    public static PacketBatch generate(int frames, long seed) {
        Random random = new Random(seed);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int count = 0;
        for (int n = 0; n < frames; n++) {
            int kind = random.nextInt(10);
            int port = PORTS[random.nextInt(PORTS.length)];
            boolean tcp = random.nextBoolean();
            byte[] frame;
            int headersEnd; // bytes the program must see to count the frame
            switch (kind) {
                case 0: case 1: case 2: case 3: { // IPv4 with 0-3 option words
                    int ihl = 5 + random.nextInt(4);
                    frame = frame(14 + ihl * 4 + 20 + random.nextInt(40), 0x0800, random);
                    frame[14] = (byte) (0x40 | ihl);
                    frame[23] = (byte) (tcp ? 6 : 17);
                    putPort(frame, 14 + ihl * 4, port);
                    headersEnd = 14 + ihl * 4 + 4;
                    break;
                }
                case 4: case 5: { // IPv6
                    frame = frame(14 + 40 + 20 + random.nextInt(40), 0x86dd, random);
                    frame[14] = 0x60;
                    frame[20] = (byte) (tcp ? 6 : 17);
                    putPort(frame, 54, port);
                    headersEnd = 54 + 4;
                    break;
                }
                case 6: { // IPv4 ICMP: parsed, not counted
                    frame = frame(14 + 20 + 8 + random.nextInt(40), 0x0800, random);
                    frame[14] = 0x45;
                    frame[23] = 1;
                    headersEnd = -1;
                    break;
                }
                case 7: // ARP
                    frame = frame(42, 0x0806, random);
                    headersEnd = -1;
                    break;
                case 8: // 802.1Q tag: the program does not look inside
                    frame = frame(64, 0x8100, random);
                    headersEnd = -1;
                    break;
                default: { // IPv4 TCP cut short in the IP or TCP header
                    frame = frame(14 + 20 + 20, 0x0800, random);
                    frame[14] = 0x45;
                    frame[23] = 6;
                    putPort(frame, 34, 80);
                    frame = java.util.Arrays.copyOf(frame, 14 + 10 + random.nextInt(14));
                    headersEnd = -1;
                    break;
                }
            }
            if (headersEnd > 0 && headersEnd <= frame.length && (port == 80 || port == 443)) count++;
            out.write(frame.length & 0xff);
            out.write(frame.length >>> 8);
            out.write(frame, 0, frame.length);
        }
        return new PacketBatch(out.toByteArray(), frames, count);
    }

    private static byte[] frame(int length, int etherType, Random random) {
        byte[] f = new byte[length];
        random.nextBytes(f);
        f[12] = (byte) (etherType >>> 8);
        f[13] = (byte) etherType;
        return f;
    }

    private static void putPort(byte[] frame, int l4, int port) {
        frame[l4 + 2] = (byte) (port >>> 8);
        frame[l4 + 3] = (byte) port;
    }

    /**
     * Writes the standard batch to a file.
     *
     * @param args the output path
     * @throws IOException if it cannot be written
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: PacketBatch OUT.bin");
            System.exit(2);
        }
        PacketBatch b = standard();
        Files.write(Path.of(args[0]), b.bytes());
        System.out.println(b.frames() + " frames, " + b.bytes().length + " bytes, expected count per pass "
                + b.expectedCount());
    }
}
