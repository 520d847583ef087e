package io.github.ebpf4j.vm.isa;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * A sequence of raw instruction slots, exactly as the kernel receives them: one 64-bit
 * little-endian {@code struct bpf_insn} per slot (an LD IMM64 takes two). Immutable.
 */
public final class Program {
    private final long[] words;

    private Program(long[] words) {
        this.words = words;
    }

    /** @param words instruction slots (copied) @return the program */
    public static Program of(long... words) {
        return new Program(words.clone());
    }

    /** @param insns instruction slots @return the program */
    public static Program of(Insn... insns) {
        long[] w = new long[insns.length];
        for (int i = 0; i < insns.length; i++) w[i] = insns[i].encode();
        return new Program(w);
    }

    /**
     * @param bytes raw bytecode: 8 bytes per slot, little-endian
     * @return the program
     * @throws DecodeException if the length is not a multiple of 8
     */
    public static Program fromBytes(byte[] bytes) {
        if (bytes.length % 8 != 0) {
            throw new DecodeException(bytes.length / 8, -1,
                    "bytecode length " + bytes.length + " is not a multiple of 8 (trailing "
                            + bytes.length % 8 + " bytes)");
        }
        long[] w = new long[bytes.length / 8];
        ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asLongBuffer().get(w);
        return new Program(w);
    }

    /** @return the bytecode, 8 little-endian bytes per slot */
    public byte[] toBytes() {
        ByteBuffer b = ByteBuffer.allocate(words.length * 8).order(ByteOrder.LITTLE_ENDIAN);
        b.asLongBuffer().put(words);
        return b.array();
    }

    /** @return number of slots */
    public int size() {
        return words.length;
    }

    /** @param pc slot index @return the raw slot */
    public long word(int pc) {
        return words[pc];
    }

    /** @param pc slot index @return the slot's fields */
    public Insn insn(int pc) {
        return Insn.decode(words[pc]);
    }

    /** @return a copy of the slots */
    public long[] words() {
        return words.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Program p && Arrays.equals(words, p.words);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(words);
    }

    @Override
    public String toString() {
        return "Program[" + words.length + " slots]";
    }
}
