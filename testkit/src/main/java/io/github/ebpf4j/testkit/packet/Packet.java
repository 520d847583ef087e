package io.github.ebpf4j.testkit.packet;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * A packet as a list of layers, outermost first: what {@link PacketBuilder} builds and what
 * {@link #parse} reads back from a program's output. {@link #toString()} prints one layer per
 * line and points out wrong checksums, for failure messages.
 *
 * @param layers the headers and payload, outermost first
 */
public record Packet(List<Layer> layers) {
    /** Copies the list. */
    public Packet {
        layers = List.copyOf(layers);
    }

    /** @param layers layers, outermost first @return the packet */
    public static Packet of(Layer... layers) {
        return new Packet(List.of(layers));
    }

    /**
     * Reads wire bytes from the Ethernet header on. Never fails: what it does not understand
     * (or what is truncated) becomes a {@link Payload}.
     *
     * @param bytes a frame
     * @return its layers
     */
    public static Packet parse(byte[] bytes) {
        return new Packet(new PacketParser(bytes).parse());
    }

    /**
     * @return the wire bytes: lengths, derived protocol numbers and checksums filled in
     * @throws IllegalArgumentException if a field cannot be derived or a length overflows
     */
    public byte[] bytes() {
        return new PacketEncoder(layers).encode();
    }

    /** @param type a layer class @param <T> its type @return the first layer of that class */
    public <T extends Layer> Optional<T> layer(Class<T> type) {
        for (Layer l : layers) if (type.isInstance(l)) return Optional.of(type.cast(l));
        return Optional.empty();
    }

    /**
     * @param type a layer class
     * @param <T> its type
     * @return the first layer of that class
     * @throws IllegalArgumentException naming the packet if it has none
     */
    public <T extends Layer> T get(Class<T> type) {
        return layer(type).orElseThrow(() -> new IllegalArgumentException("no " + type.getSimpleName() + " layer in\n" + this));
    }

    /** @return the payload bytes after the last header (empty if none) */
    public byte[] payload() {
        return layer(Payload.class).map(Payload::bytes).orElse(new byte[0]);
    }

    /** @return this packet with every checksum set to {@link Checksum#AUTO} */
    public Packet withCorrectChecksums() {
        List<Layer> out = new ArrayList<>();
        for (Layer l : layers) out.add(withChecksum(l, Checksum.AUTO));
        return new Packet(out);
    }

    /**
     * @return one line per checksum that differs from the right value, e.g.
     *     {@code "TCP checksum 0x1235, should be 0x1234"}; empty when all are right
     */
    public List<String> checksumErrors() {
        List<String> errors = new ArrayList<>();
        List<Layer> have = parse(bytes()).layers();
        List<Layer> want = parse(withCorrectChecksums().bytes()).layers();
        for (int i = 0; i < Math.min(have.size(), want.size()); i++) {
            Checksum h = checksumOf(have.get(i));
            Checksum w = checksumOf(want.get(i));
            if (h != null && w != null && h.value() != w.value()) {
                String name = have.get(i).summary().split(" ", 2)[0];
                errors.add(String.format("%s checksum 0x%04x, should be 0x%04x", name, h.value(), w.value()));
            }
        }
        return errors;
    }

    private static Checksum checksumOf(Layer l) {
        if (l instanceof Ipv4 x) return x.checksum();
        if (l instanceof Tcp x) return x.checksum();
        if (l instanceof Udp x) return x.checksum().value() == 0 && x.checksum().mode() == Checksum.Mode.VALUE ? null : x.checksum();
        if (l instanceof Icmp x) return x.checksum();
        if (l instanceof Icmpv6 x) return x.checksum();
        return null;
    }

    private static Layer withChecksum(Layer l, Checksum c) {
        if (l instanceof Ipv4 x) return x.withChecksum(c);
        if (l instanceof Tcp x) return x.withChecksum(c);
        if (l instanceof Udp x) return x.withChecksum(c);
        if (l instanceof Icmp x) return x.withChecksum(c);
        if (l instanceof Icmpv6 x) return x.withChecksum(c);
        return l;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Packet p && Arrays.equals(safeBytes(), p.safeBytes());
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(safeBytes());
    }

    private byte[] safeBytes() {
        try {
            return bytes();
        } catch (IllegalArgumentException e) {
            return new byte[0];
        }
    }

    /** @return one layer per line, the length, and any wrong checksum */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        byte[] wire = safeBytes();
        sb.append("packet of ").append(wire.length).append(" bytes");
        for (Layer l : layers) sb.append("\n  ").append(l.summary());
        try {
            for (String e : checksumErrors()) sb.append("\n  !! ").append(e);
        } catch (IllegalArgumentException e) {
            sb.append("\n  !! cannot encode: ").append(e.getMessage());
        }
        return sb.toString();
    }
}
