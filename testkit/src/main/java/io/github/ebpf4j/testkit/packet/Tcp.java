package io.github.ebpf4j.testkit.packet;

import java.util.Arrays;

/**
 * A TCP header (RFC 9293). The data offset follows the options.
 *
 * @param srcPort source port
 * @param dstPort destination port
 * @param seq sequence number (32 bits)
 * @param ack acknowledgment number (32 bits)
 * @param flags control bits ({@link #FIN} ... {@link #CWR})
 * @param window window
 * @param urgentPointer urgent pointer
 * @param options option bytes (a multiple of 4, at most 40; see {@link TcpOptions})
 * @param checksum the checksum (over the IPv4 or IPv6 pseudo-header)
 */
public record Tcp(int srcPort, int dstPort, long seq, long ack, int flags, int window, int urgentPointer,
        byte[] options, Checksum checksum) implements Layer {
    /** FIN. */ public static final int FIN = 0x01;
    /** SYN. */ public static final int SYN = 0x02;
    /** RST. */ public static final int RST = 0x04;
    /** PSH. */ public static final int PSH = 0x08;
    /** ACK. */ public static final int ACK = 0x10;
    /** URG. */ public static final int URG = 0x20;
    /** ECE. */ public static final int ECE = 0x40;
    /** CWR. */ public static final int CWR = 0x80;
    private static final String[] FLAG_NAMES = {"FIN", "SYN", "RST", "PSH", "ACK", "URG", "ECE", "CWR"};

    /** Checks the option length. */
    public Tcp {
        options = options == null ? new byte[0] : options.clone();
        if (options.length % 4 != 0 || options.length > 40) {
            throw new IllegalArgumentException("TCP options must be a multiple of 4 bytes, at most 40 (got "
                    + options.length + "): pad them with TcpOptions.pad");
        }
        if (checksum == null) checksum = Checksum.AUTO;
    }

    /** @return a copy of the options */
    @Override
    public byte[] options() { return options.clone(); }

    /** @param f flag bits @return whether all are set */
    public boolean has(int f) { return (flags & f) == f; }

    /** @param c checksum to use @return this header with it */
    public Tcp withChecksum(Checksum c) {
        return new Tcp(srcPort, dstPort, seq, ack, flags, window, urgentPointer, options, c);
    }

    /** @param flags control bits @return their names, e.g. {@code SYN,ACK} */
    public static String flagNames(int flags) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < FLAG_NAMES.length; i++) {
            if ((flags & (1 << i)) != 0) sb.append(sb.length() == 0 ? "" : ",").append(FLAG_NAMES[i]);
        }
        return sb.toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Tcp x && srcPort == x.srcPort && dstPort == x.dstPort && seq == x.seq && ack == x.ack
                && flags == x.flags && window == x.window && urgentPointer == x.urgentPointer
                && Arrays.equals(options, x.options) && checksum.equals(x.checksum);
    }

    @Override
    public int hashCode() { return srcPort * 31 + dstPort; }

    @Override
    public String toString() { return summary(); }

    @Override
    public String summary() {
        StringBuilder sb = new StringBuilder("TCP ").append(srcPort).append(" > ").append(dstPort)
                .append(" [").append(flagNames(flags)).append("] seq ").append(seq);
        if ((flags & ACK) != 0) sb.append(" ack ").append(ack);
        sb.append(" win ").append(window);
        if (urgentPointer != 0) sb.append(" urg ").append(urgentPointer);
        if (options.length > 0) sb.append(" options [").append(TcpOptions.describe(options)).append(']');
        return sb.append(" csum ").append(checksum).toString();
    }
}
