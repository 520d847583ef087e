package io.github.ebpf4j.testkit.packet;

/**
 * A UDP header (RFC 768). The length is always derived.
 *
 * @param srcPort source port
 * @param dstPort destination port
 * @param checksum the checksum (over the pseudo-header; a computed 0 is sent as 0xffff)
 */
public record Udp(int srcPort, int dstPort, Checksum checksum) implements Layer {
    /** Defaults the checksum. */
    public Udp {
        if (checksum == null) checksum = Checksum.AUTO;
    }

    /** @param c checksum to use @return this header with it */
    public Udp withChecksum(Checksum c) { return new Udp(srcPort, dstPort, c); }

    @Override
    public String summary() { return "UDP " + srcPort + " > " + dstPort + " csum " + checksum; }
}
