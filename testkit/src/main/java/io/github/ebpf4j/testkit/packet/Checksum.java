package io.github.ebpf4j.testkit.packet;

/**
 * What to put in a header's checksum field when a packet is encoded: the right value (the
 * default), a deliberately wrong one, or a given value. Parsed headers carry the value found on
 * the wire ({@link #of}).
 *
 * @param mode how the field is filled
 * @param value the given value, for {@link Mode#VALUE}
 */
public record Checksum(Mode mode, int value) {
    /** How a checksum field is filled. */
    public enum Mode {
        /** The correct checksum (RFC 1071 over the fields its protocol covers). */ AUTO,
        /** The correct checksum plus one: always wrong, and never UDP's "no checksum" 0. */ WRONG,
        /** Exactly {@link Checksum#value()}. */ VALUE
    }

    /** Compute the right checksum. */
    public static final Checksum AUTO = new Checksum(Mode.AUTO, 0);
    /** Compute the right checksum, then spoil it. */
    public static final Checksum WRONG = new Checksum(Mode.WRONG, 0);

    /** Checks the value's range. */
    public Checksum {
        if (value < 0 || value > 0xffff) throw new IllegalArgumentException("checksum " + value + " is not 16 bits");
    }

    /** @param value a 16-bit value @return that exact value */
    public static Checksum of(int value) {
        return new Checksum(Mode.VALUE, value);
    }

    /**
     * @param correct the right checksum for the header
     * @param zeroMeansNone whether 0 means "no checksum" (UDP over IPv4), so WRONG must avoid it
     * @return the value to write
     */
    int resolve(int correct, boolean zeroMeansNone) {
        return switch (mode) {
            case AUTO -> correct;
            case VALUE -> value;
            case WRONG -> {
                int w = (correct + 1) & 0xffff;
                yield w == 0 && zeroMeansNone ? 1 : w;
            }
        };
    }

    @Override
    public String toString() {
        return switch (mode) {
            case AUTO -> "auto";
            case WRONG -> "wrong";
            case VALUE -> String.format("0x%04x", value);
        };
    }
}
