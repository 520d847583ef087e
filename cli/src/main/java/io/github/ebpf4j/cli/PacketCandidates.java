package io.github.ebpf4j.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The packets a counterexample search tries, in a fixed order so that a search is reproducible:
 * first, length by length from the shortest the test run accepts, a zero-filled packet, an
 * 0xff-filled one and every protocol template cut or zero-padded to that length; then seeded
 * random packets (half random bytes, half templates with a few random bytes). Parsers go wrong
 * at header boundaries, so the templates' prefixes are the likely counterexamples.
 */
final class PacketCandidates implements InputCandidates {
    /** The longest packet of the length-by-length phase. */
    static final int MAX_SWEEP_LENGTH = 128;
    /** The longest random packet. */
    static final int MAX_RANDOM_LENGTH = 256;

    private final int minLength;
    private final List<byte[]> templates = templates();
    private final SplittableRandom random;
    private int length;
    private int family;

    /**
     * @param minLength the shortest packet the program's test run accepts
     * @param seed seed of the random phase
     */
    PacketCandidates(int minLength, long seed) {
        this.minLength = minLength;
        this.length = minLength;
        this.random = new SplittableRandom(seed);
    }

    @Override
    public byte[] next() {
        if (length <= MAX_SWEEP_LENGTH) {
            byte[] p = sweep(length, family);
            if (++family == templates.size() + 2) {
                family = 0;
                length++;
            }
            return p;
        }
        int len = minLength + random.nextInt(MAX_RANDOM_LENGTH - minLength + 1);
        if (random.nextBoolean()) {
            byte[] p = new byte[len];
            for (int i = 0; i < len; i++) p[i] = (byte) random.nextInt(256);
            return p;
        }
        byte[] p = Arrays.copyOf(templates.get(random.nextInt(templates.size())), len);
        for (int k = 1 + random.nextInt(4); k > 0; k--) p[random.nextInt(len)] = (byte) random.nextInt(256);
        return p;
    }

    @Override
    public int minLength() {
        return minLength;
    }

    @Override
    public int sweepRuns() {
        return (MAX_SWEEP_LENGTH - minLength + 1) * (templates.size() + 2);
    }

    @Override
    public int lengthStep() {
        return 1;
    }

    private byte[] sweep(int len, int fam) {
        if (fam == 0) return new byte[len];
        if (fam == 1) {
            byte[] p = new byte[len];
            Arrays.fill(p, (byte) 0xff);
            return p;
        }
        return Arrays.copyOf(templates.get(fam - 2), len);
    }

    /**
     * Well-formed frames: Ethernet with IPv4 (UDP, TCP, ICMP), VLAN-tagged IPv4/UDP, IPv6 (UDP,
     * TCP) and ARP, with plausible field values (10.0.0.2 to 10.0.0.1, ports 12345 to 80, TTL 64)
     * and a few payload bytes.
     *
     * @return fresh copies of the templates
     */
    static List<byte[]> templates() {
        List<byte[]> t = new ArrayList<>();
        t.add(ipv4(false, 17, udp()));
        t.add(ipv4(false, 6, tcp()));
        t.add(ipv4(false, 1, new int[] {8, 0, 0xf7, 0xff, 0, 0, 0, 0}));
        t.add(ipv4(true, 17, udp()));
        t.add(ipv6(17, udp()));
        t.add(ipv6(6, tcp()));
        t.add(bytes(eth(false, 0x0806), new int[] {0, 1, 8, 0, 6, 4, 0, 1, 2, 0, 0, 0, 0, 2, 10, 0, 0, 2,
            0, 0, 0, 0, 0, 0, 10, 0, 0, 1}));
        return t;
    }

    private static int[] eth(boolean vlan, int type) {
        int[] dst = {2, 0, 0, 0, 0, 1};
        int[] src = {2, 0, 0, 0, 0, 2};
        int[] h = new int[vlan ? 18 : 14];
        System.arraycopy(dst, 0, h, 0, 6);
        System.arraycopy(src, 0, h, 6, 6);
        int o = 12;
        if (vlan) {
            h[12] = 0x81;
            h[13] = 0x00;
            h[14] = 0x00;
            h[15] = 0x64; // VLAN 100
            o = 16;
        }
        h[o] = type >> 8;
        h[o + 1] = type & 0xff;
        return h;
    }

    private static int[] udp() {
        return new int[] {0x30, 0x39, 0, 80, 0, 16, 0, 0, 'p', 'a', 'y', 'l', 'o', 'a', 'd', '!'};
    }

    private static int[] tcp() {
        return new int[] {0x30, 0x39, 0, 80, 0, 0, 0, 1, 0, 0, 0, 0, 0x50, 0x02, 0xff, 0xff, 0, 0, 0, 0,
            'p', 'a', 'y', 'l', 'o', 'a', 'd', '!'};
    }

    private static byte[] ipv4(boolean vlan, int proto, int[] l4) {
        int total = 20 + l4.length;
        int[] ip = {0x45, 0, total >> 8, total & 0xff, 0, 1, 0x40, 0, 64, proto, 0, 0, 10, 0, 0, 2, 10, 0, 0, 1};
        int sum = 0;
        for (int i = 0; i < 20; i += 2) sum += ip[i] << 8 | ip[i + 1];
        while (sum > 0xffff) sum = (sum & 0xffff) + (sum >> 16);
        ip[10] = (~sum >> 8) & 0xff;
        ip[11] = ~sum & 0xff;
        return bytes(eth(vlan, 0x0800), ip, l4);
    }

    private static byte[] ipv6(int next, int[] l4) {
        int[] ip = new int[40];
        ip[0] = 0x60;
        ip[4] = l4.length >> 8;
        ip[5] = l4.length & 0xff;
        ip[6] = next;
        ip[7] = 64;
        ip[8] = 0xfd;
        ip[23] = 2; // fd00::2
        ip[24] = 0xfd;
        ip[39] = 1; // fd00::1
        return bytes(eth(false, 0x86dd), ip, l4);
    }

    private static byte[] bytes(int[]... parts) {
        int n = 0;
        for (int[] p : parts) n += p.length;
        byte[] b = new byte[n];
        int o = 0;
        for (int[] p : parts) {
            for (int v : p) b[o++] = (byte) v;
        }
        return b;
    }
}
