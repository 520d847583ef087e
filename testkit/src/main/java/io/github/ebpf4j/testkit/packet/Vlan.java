package io.github.ebpf4j.testkit.packet;

/**
 * An IEEE 802.1Q tag (the 4 bytes after the addresses: TPID written as the previous layer's
 * EtherType, then the TCI and the inner EtherType).
 *
 * @param pcp priority code point (0-7)
 * @param dei drop eligible indicator
 * @param vid VLAN identifier (0-4095)
 * @param etherType EtherType of what follows, or -1 to derive it
 */
public record Vlan(int pcp, boolean dei, int vid, int etherType) implements Layer {
    /** Checks the field ranges. */
    public Vlan {
        if (pcp < 0 || pcp > 7) throw new IllegalArgumentException("VLAN PCP " + pcp + " not in 0..7");
        if (vid < 0 || vid > 4095) throw new IllegalArgumentException("VLAN id " + vid + " not in 0..4095");
    }

    /** @return the tag control information: PCP, DEI and VID in one 16-bit value */
    public int tci() { return pcp << 13 | (dei ? 1 << 12 : 0) | vid; }

    @Override
    public String summary() {
        return "802.1Q vlan " + vid + (pcp != 0 ? " pcp " + pcp : "") + (dei ? " dei" : "");
    }
}
