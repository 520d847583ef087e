package io.github.ebpf4j.vm.pcap;

/**
 * A packet of a capture file.
 *
 * @param timestampNs capture time in nanoseconds since the Unix epoch
 * @param data the captured bytes (from the link-layer header)
 * @param originalLength the packet's length on the wire (at least {@code data.length})
 * @param interfaceId the pcapng interface it was captured on (0 for pcap)
 */
public record CapturedPacket(long timestampNs, byte[] data, int originalLength, int interfaceId) {
    /** Copies the data. */
    public CapturedPacket {
        data = data.clone();
    }

    /** @param timestampNs time @param data bytes @return a packet captured whole on interface 0 */
    public static CapturedPacket of(long timestampNs, byte[] data) {
        return new CapturedPacket(timestampNs, data, data.length, 0);
    }

    /** @return a copy of the data */
    @Override
    public byte[] data() { return data.clone(); }
}
