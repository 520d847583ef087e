package io.github.ebpf4j.verifier;

/**
 * A tristate number: every bit is known 0, known 1 or unknown. {@code value} holds the known
 * ones, {@code mask} the unknown bits; {@code value & mask == 0}. Mirrors kernel/bpf/tnum.c.
 *
 * @param value known-one bits
 * @param mask unknown bits
 */
public record Tnum(long value, long mask) {
    /** Nothing known. */
    public static final Tnum UNKNOWN = new Tnum(0, -1L);

    /** @param v the constant @return a fully known tnum */
    public static Tnum constant(long v) {
        return new Tnum(v, 0);
    }

    /**
     * @param min unsigned minimum
     * @param max unsigned maximum
     * @return the smallest tnum covering every value in {@code [min, max]} (tnum_range)
     */
    public static Tnum range(long min, long max) {
        long chi = min ^ max;
        int bits = 64 - Long.numberOfLeadingZeros(chi);
        if (bits > 63) return UNKNOWN;
        long delta = (1L << bits) - 1;
        return new Tnum(min & ~delta, delta);
    }

    /** @return whether every bit is known */
    public boolean isConst() {
        return mask == 0;
    }

    /** @return whether nothing is known */
    public boolean isUnknown() {
        return mask == -1L;
    }

    /** @param v constant @return whether this is exactly {@code v} */
    public boolean equalsConst(long v) {
        return mask == 0 && value == v;
    }

    /** @param shift bits @return logical left shift */
    public Tnum lshift(int shift) {
        return new Tnum(value << shift, mask << shift);
    }

    /** @param shift bits @return logical right shift */
    public Tnum rshift(int shift) {
        return new Tnum(value >>> shift, mask >>> shift);
    }

    /**
     * @param shift bits
     * @param insnBitness 32 or 64: arithmetic shift of the low 32 bits or of all 64
     * @return arithmetic right shift (tnum_arshift)
     */
    public Tnum arshift(int shift, int insnBitness) {
        if (insnBitness == 32) {
            return new Tnum(Integer.toUnsignedLong((int) value >> shift), Integer.toUnsignedLong((int) mask >> shift));
        }
        return new Tnum(value >> shift, mask >> shift);
    }

    /** @param b other @return sum */
    public Tnum add(Tnum b) {
        long mu = addMask(value, mask, b.value, b.mask);
        return new Tnum((value + b.value) & ~mu, mu);
    }

    /** tnum_add()'s unknown bits of (av, am) + (bv, bm); the value is (av + bv) & ~mask. */
    private static long addMask(long av, long am, long bv, long bm) {
        long sv = av + bv;
        long sigma = am + bm + sv;
        long chi = sigma ^ sv;
        return chi | am | bm;
    }

    /** @param b other @return difference */
    public Tnum sub(Tnum b) {
        long dv = value - b.value;
        long alpha = dv + mask;
        long beta = dv - b.mask;
        long chi = alpha ^ beta;
        long mu = chi | mask | b.mask;
        return new Tnum(dv & ~mu, mu);
    }

    /** @return negation, {@code 0 - this} */
    public Tnum neg() {
        return constant(0).sub(this);
    }

    /** @param b other @return bitwise and */
    public Tnum and(Tnum b) {
        long alpha = value | mask;
        long beta = b.value | b.mask;
        long v = value & b.value;
        return new Tnum(v, alpha & beta & ~v);
    }

    /** @param b other @return bitwise or */
    public Tnum or(Tnum b) {
        long v = value | b.value;
        long mu = mask | b.mask;
        return new Tnum(v, mu & ~v);
    }

    /** @param b other @return bitwise xor */
    public Tnum xor(Tnum b) {
        long v = value ^ b.value;
        long mu = mask | b.mask;
        return new Tnum(v & ~mu, mu);
    }

    /**
     * Multiplication, as the kernel's tnum_mul() (Linux 6.18): the product of the known values,
     * plus for each bit of {@code this} that is known 1 the other's unknown bits, and for each
     * unknown bit all the other's possibly-set bits, shifted into place.
     *
     * @param b other
     * @return product
     */
    public Tnum mul(Tnum b) {
        // tnum_mul(), on plain longs: the loop allocates nothing
        long av = value;
        long am = mask;
        long bv = b.value;
        long bm = b.mask;
        long accMv = 0;
        long accMm = 0;
        while (av != 0 || am != 0) {
            long addM = 0;
            boolean add = true;
            if ((av & 1) != 0) addM = bm;
            else if ((am & 1) != 0) addM = bv | bm;
            else add = false;
            if (add) { // accM = tnum_add(accM, (0, addM))
                long mu = addMask(accMv, accMm, 0, addM);
                accMv &= ~mu;
                accMm = mu;
            }
            av >>>= 1;
            am >>>= 1;
            bv <<= 1;
            bm <<= 1;
        }
        return constant(value * b.value).add(new Tnum(accMv, accMm));
    }

    /** @param b other @return the bits known in both, disagreeing known bits become ones */
    public Tnum intersect(Tnum b) {
        long v = value | b.value;
        long mu = mask & b.mask;
        return new Tnum(v & ~mu, mu);
    }

    /** @param size bytes @return the low {@code size} bytes (tnum_cast) */
    public Tnum cast(int size) {
        if (size >= 8) return this;
        long m = (1L << (size * 8)) - 1;
        return new Tnum(value & m, mask & m);
    }

    /** @param size power of two @return whether every possible value is a multiple of it */
    public boolean isAligned(long size) {
        if (size == 0) return true;
        return ((value | mask) & (size - 1)) == 0;
    }

    /** @param b candidate @return whether every value of {@code b} is a value of this (tnum_in) */
    public boolean contains(Tnum b) {
        if ((b.mask & ~mask) != 0) return false;
        return value == (b.value & ~mask);
    }

    /** @return the low 32 bits (tnum_subreg) */
    public Tnum subreg() {
        return cast(4);
    }

    /** @return the high 32 bits cleared... i.e. upper half kept, low 32 bits zero (tnum_clear_subreg) */
    public Tnum clearSubreg() {
        return rshift(32).lshift(32);
    }

    /** @param sub new low 32 bits @return this with its low 32 bits replaced (tnum_with_subreg) */
    public Tnum withSubreg(Tnum sub) {
        return clearSubreg().or(sub.cast(4));
    }

    /** @param v constant @return this with its low 32 bits set to {@code v} (tnum_const_subreg) */
    public Tnum constSubreg(int v) {
        return withSubreg(constant(Integer.toUnsignedLong(v)));
    }

    /** @return {@code (value; mask)} in the kernel's {@code %#llx} format */
    @Override
    public String toString() {
        return "(" + hex(value) + "; " + hex(mask) + ")";
    }

    static String hex(long v) {
        return v == 0 ? "0x0" : "0x" + Long.toHexString(v);
    }
}
