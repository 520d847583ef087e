package io.github.ebpf4j.vm.isa;

/**
 * One raw 64-bit instruction slot exactly as the kernel's {@code struct bpf_insn} holds it:
 * {@code opcode:8 | dst:4 | src:4 | off:16 | imm:32}, little-endian (RFC 9669 3). Lossless:
 * {@code decode(w).encode() == w} for every 64-bit word, including invalid encodings and fields
 * that must be zero. The second slot of an LD IMM64 is an {@code Insn} too.
 *
 * @param opcode 8-bit opcode, 0 to 255
 * @param dst destination register field, 0 to 15
 * @param src source register field, 0 to 15
 * @param off signed 16-bit offset
 * @param imm signed 32-bit immediate
 */
public record Insn(int opcode, int dst, int src, short off, int imm) {

    /** Checks the field ranges. */
    public Insn {
        if ((opcode & ~0xff) != 0) throw new IllegalArgumentException("opcode out of range: " + opcode);
        if ((dst & ~0xf) != 0) throw new IllegalArgumentException("dst out of range: " + dst);
        if ((src & ~0xf) != 0) throw new IllegalArgumentException("src out of range: " + src);
    }

    /** Convenience constructor taking {@code off} as an int (truncated to 16 bits).
     * @param opcode opcode @param dst dst @param src src @param off offset @param imm immediate
     * @return the instruction */
    public static Insn of(int opcode, int dst, int src, int off, int imm) {
        return new Insn(opcode, dst, src, (short) off, imm);
    }

    /**
     * @param word the 64-bit slot as a little-endian load of its 8 bytes gives it
     * @return its fields
     */
    public static Insn decode(long word) {
        return new Insn((int) word & 0xff, (int) (word >>> 8) & 0xf, (int) (word >>> 12) & 0xf,
                (short) (word >>> 16), (int) (word >>> 32));
    }

    /** @return the 64-bit slot (as a little-endian load of its 8 bytes) */
    public long encode() {
        return (opcode & 0xffL) | (long) (dst & 0xf) << 8 | (long) (src & 0xf) << 12
                | (off & 0xffffL) << 16 | (long) imm << 32;
    }

    /** @param word a slot @return its opcode */
    public static int opcode(long word) { return (int) word & 0xff; }
    /** @param word a slot @return its dst field */
    public static int dst(long word) { return (int) (word >>> 8) & 0xf; }
    /** @param word a slot @return its src field */
    public static int src(long word) { return (int) (word >>> 12) & 0xf; }
    /** @param word a slot @return its offset */
    public static short off(long word) { return (short) (word >>> 16); }
    /** @param word a slot @return its immediate */
    public static int imm(long word) { return (int) (word >>> 32); }
}
