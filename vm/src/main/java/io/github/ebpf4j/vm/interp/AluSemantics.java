package io.github.ebpf4j.vm.interp;

import io.github.ebpf4j.vm.isa.Bpf;

/**
 * The value semantics of every ALU, byte-swap, jump-condition and atomic operation, as pure static
 * functions on the 64-bit register values. The interpreter, the verifier's constant folding and the
 * tests all call these, so the ISA's arithmetic is written down once.
 *
 * <p>Conventions (RFC 9669 4.1): 64-bit operations take and return full registers; 32-bit
 * operations ({@code ...32}) use the low 32 bits of their operands and return the result
 * zero-extended to 64 bits, as every BPF_ALU instruction writes its destination. An immediate
 * operand is passed already widened: sign-extended to 64 bits for ALU64 and JMP, as is for ALU and
 * JMP32 (RFC 9669 4: "imm ... sign extended").
 */
public final class AluSemantics {
    private AluSemantics() {}

    private static final long LOW32 = 0xffff_ffffL;

    /** @param v a 32-bit result @return it zero-extended to 64 bits (RFC 9669 4.1: BPF_ALU zeroes the upper half) */
    public static long zext32(long v) {
        return v & LOW32;
    }

    // ---------------------------------------------------------------- add, sub, mul, neg

    /** @param a dst @param b src @return a + b, wrapping (RFC 9669 4.1) */
    public static long add64(long a, long b) { return a + b; }
    /** @param a dst @param b src @return (u32)(a + b) (RFC 9669 4.1) */
    public static long add32(long a, long b) { return zext32((int) a + (int) b); }
    /** @param a dst @param b src @return a - b, wrapping */
    public static long sub64(long a, long b) { return a - b; }
    /** @param a dst @param b src @return (u32)(a - b) */
    public static long sub32(long a, long b) { return zext32((int) a - (int) b); }
    /** @param a dst @param b src @return a * b, low 64 bits */
    public static long mul64(long a, long b) { return a * b; }
    /** @param a dst @param b src @return (u32)(a * b) */
    public static long mul32(long a, long b) { return zext32((int) a * (int) b); }
    /** @param a dst @return -a (RFC 9669 4.1: {@code dst = -dst}, wrapping: -INT64_MIN is INT64_MIN) */
    public static long neg64(long a) { return -a; }
    /** @param a dst @return (u32)-a */
    public static long neg32(long a) { return zext32(-(int) a); }

    // ---------------------------------------------------------------- div, mod

    /**
     * Unsigned division. RFC 9669 4.1: "If execution would result in division by zero, the
     * destination register is instead set to zero."
     *
     * @param a dst @param b src (an immediate arrives sign-extended, then is taken as unsigned,
     *     RFC 9669 4.1) @return a / b unsigned, or 0 if b == 0
     */
    public static long div64(long a, long b) { return b == 0 ? 0 : Long.divideUnsigned(a, b); }

    /** @param a dst @param b src @return (u32)a / (u32)b, or 0 if (u32)b == 0 (RFC 9669 4.1) */
    public static long div32(long a, long b) {
        int d = (int) b;
        return d == 0 ? 0 : zext32(Integer.divideUnsigned((int) a, d));
    }

    /**
     * Unsigned modulo. RFC 9669 4.1: "If execution would result in modulo by zero, for BPF_ALU64
     * the value of the destination register is unchanged".
     *
     * @param a dst @param b src @return a % b unsigned, or a if b == 0
     */
    public static long mod64(long a, long b) { return b == 0 ? a : Long.remainderUnsigned(a, b); }

    /**
     * RFC 9669 4.1: modulo by zero leaves the destination unchanged, "whereas for BPF_ALU the upper
     * 32 bits of the destination register are zeroed".
     *
     * @param a dst @param b src @return (u32)a % (u32)b, or (u32)a if (u32)b == 0
     */
    public static long mod32(long a, long b) {
        int d = (int) b;
        return d == 0 ? zext32(a) : zext32(Integer.remainderUnsigned((int) a, d));
    }

    /**
     * Signed division (BPF_DIV with off = 1). RFC 9669 4.1: division by zero sets the destination
     * to zero; LLONG_MIN / -1 overflows and gives LLONG_MIN (the kernel's result, recorded in
     * testdata/kernel/alu).
     *
     * @param a dst @param b src @return a / b truncated toward zero, 0 if b == 0, a if a ==
     *     Long.MIN_VALUE and b == -1
     */
    public static long sdiv64(long a, long b) { return b == 0 ? 0 : b == -1 ? -a : a / b; }

    /** @param a dst @param b src @return (u32)((s32)a / (s32)b), 0 if b == 0, INT_MIN / -1 = INT_MIN */
    public static long sdiv32(long a, long b) {
        int d = (int) b;
        return d == 0 ? 0 : zext32(d == -1 ? -(int) a : (int) a / d);
    }

    /**
     * Signed modulo (BPF_MOD with off = 1): the remainder has the sign of the dividend (truncated
     * division, RFC 9669 4.1), modulo by zero leaves the destination unchanged, LLONG_MIN % -1 = 0.
     *
     * @param a dst @param b src @return a % b
     */
    public static long smod64(long a, long b) { return b == 0 ? a : b == -1 ? 0 : a % b; }

    /** @param a dst @param b src @return (u32)((s32)a % (s32)b); (u32)a if b == 0; INT_MIN % -1 = 0 */
    public static long smod32(long a, long b) {
        int d = (int) b;
        return d == 0 ? zext32(a) : d == -1 ? 0 : zext32((int) a % d);
    }

    // ---------------------------------------------------------------- bitwise

    /** @param a dst @param b src @return a | b */
    public static long or64(long a, long b) { return a | b; }
    /** @param a dst @param b src @return (u32)(a | b) */
    public static long or32(long a, long b) { return zext32(a | b); }
    /** @param a dst @param b src @return a &amp; b */
    public static long and64(long a, long b) { return a & b; }
    /** @param a dst @param b src @return (u32)(a &amp; b) */
    public static long and32(long a, long b) { return zext32(a & b); }
    /** @param a dst @param b src @return a ^ b */
    public static long xor64(long a, long b) { return a ^ b; }
    /** @param a dst @param b src @return (u32)(a ^ b) */
    public static long xor32(long a, long b) { return zext32(a ^ b); }

    // ---------------------------------------------------------------- shifts
    // RFC 9669 4.1: "Shift operations use a mask of 0x3F (63) for 64-bit operations and 0x1F (31)
    // for 32-bit operations." Java's shift operators mask the same way.

    /** @param a dst @param b src @return a &lt;&lt; (b &amp; 63) */
    public static long lsh64(long a, long b) { return a << (b & 63); }
    /** @param a dst @param b src @return (u32)(a &lt;&lt; (b &amp; 31)) */
    public static long lsh32(long a, long b) { return zext32((int) a << (b & 31)); }
    /** @param a dst @param b src @return a &gt;&gt;&gt; (b &amp; 63), logical */
    public static long rsh64(long a, long b) { return a >>> (b & 63); }
    /** @param a dst @param b src @return (u32)a &gt;&gt;&gt; (b &amp; 31), logical */
    public static long rsh32(long a, long b) { return zext32((int) a >>> (b & 31)); }
    /** @param a dst @param b src @return a &gt;&gt; (b &amp; 63), sign-filling */
    public static long arsh64(long a, long b) { return a >> (b & 63); }
    /** @param a dst @param b src @return (u32)((s32)a &gt;&gt; (b &amp; 31)), sign-filling in 32 bits */
    public static long arsh32(long a, long b) { return zext32((int) a >> (b & 31)); }

    // ---------------------------------------------------------------- moves

    /** @param b src @return b (ALU64 MOV) */
    public static long mov64(long b) { return b; }
    /** @param b src @return (u32)b (ALU MOV zero-extends) */
    public static long mov32(long b) { return zext32(b); }

    /**
     * MOVSX (BPF_MOV with off = 8, 16 or 32; RFC 9669 4.1): sign-extend the low {@code bits} of src.
     *
     * @param b src @param bits 8, 16 or 32 @return (s64)(s8/s16/s32)b
     */
    public static long movsx64(long b, int bits) {
        switch (bits) {
            case 8: return (byte) b;
            case 16: return (short) b;
            default: return (int) b;
        }
    }

    /**
     * ALU-class MOVSX (off = 8 or 16): sign-extend into 32 bits, then zero-extend (RFC 9669 4.1).
     *
     * @param b src @param bits 8 or 16 @return (u32)(s32)(s8/s16)b
     */
    public static long movsx32(long b, int bits) {
        return zext32(bits == 8 ? (byte) b : (short) b);
    }

    // ---------------------------------------------------------------- byte order (RFC 9669 4.2)

    /** @param a dst @return bswap16: the low 16 bits swapped, zero-extended */
    public static long bswap16(long a) { return Short.reverseBytes((short) a) & 0xffffL; }
    /** @param a dst @return bswap32: the low 32 bits swapped, zero-extended */
    public static long bswap32(long a) { return zext32(Integer.reverseBytes((int) a)); }
    /** @param a dst @return bswap64 */
    public static long bswap64(long a) { return Long.reverseBytes(a); }

    /**
     * BPF_END in class ALU64 (bswap, v4): swap unconditionally.
     *
     * @param a dst @param bits 16, 32 or 64 @return the swapped value
     */
    public static long bswap(long a, int bits) {
        return bits == 16 ? bswap16(a) : bits == 32 ? bswap32(a) : bswap64(a);
    }

    /**
     * BPF_END | BPF_TO_LE on a little-endian machine (the ISA's byte order here): truncates to
     * {@code bits} (RFC 9669 4.2: "le16 ... zero-extends").
     *
     * @param a dst @param bits 16, 32 or 64 @return the converted value
     */
    public static long toLe(long a, int bits) {
        return bits == 16 ? a & 0xffffL : bits == 32 ? zext32(a) : a;
    }

    /**
     * BPF_END | BPF_TO_BE on a little-endian machine: swaps and truncates to {@code bits}.
     *
     * @param a dst @param bits 16, 32 or 64 @return the converted value
     */
    public static long toBe(long a, int bits) {
        return bswap(a, bits);
    }

    // ---------------------------------------------------------------- generic dispatch

    /**
     * Evaluates a BPF_ALU or BPF_ALU64 operation by its encoding (for constant folding and tests;
     * the interpreter inlines the common ones).
     *
     * @param opcode the full opcode (class ALU or ALU64; the source bit is ignored)
     * @param off the instruction's offset field (selects sdiv/smod and movsx)
     * @param a dst value
     * @param b source value: the register, or the immediate widened as the class requires
     * @return the new dst value
     * @throws IllegalArgumentException for BPF_END or an opcode that is not ALU
     */
    public static long alu(int opcode, int off, long a, long b) {
        boolean is64 = Bpf.cls(opcode) == Bpf.BPF_ALU64;
        if (!is64 && Bpf.cls(opcode) != Bpf.BPF_ALU) throw new IllegalArgumentException("not an ALU opcode: " + opcode);
        switch (Bpf.op(opcode)) {
            case Bpf.BPF_ADD: return is64 ? add64(a, b) : add32(a, b);
            case Bpf.BPF_SUB: return is64 ? sub64(a, b) : sub32(a, b);
            case Bpf.BPF_MUL: return is64 ? mul64(a, b) : mul32(a, b);
            case Bpf.BPF_DIV:
                return off == 1 ? (is64 ? sdiv64(a, b) : sdiv32(a, b)) : (is64 ? div64(a, b) : div32(a, b));
            case Bpf.BPF_OR: return is64 ? or64(a, b) : or32(a, b);
            case Bpf.BPF_AND: return is64 ? and64(a, b) : and32(a, b);
            case Bpf.BPF_LSH: return is64 ? lsh64(a, b) : lsh32(a, b);
            case Bpf.BPF_RSH: return is64 ? rsh64(a, b) : rsh32(a, b);
            case Bpf.BPF_NEG: return is64 ? neg64(a) : neg32(a);
            case Bpf.BPF_MOD:
                return off == 1 ? (is64 ? smod64(a, b) : smod32(a, b)) : (is64 ? mod64(a, b) : mod32(a, b));
            case Bpf.BPF_XOR: return is64 ? xor64(a, b) : xor32(a, b);
            case Bpf.BPF_MOV:
                if (off == 8 || off == 16 || (off == 32 && is64)) {
                    return is64 ? movsx64(b, off) : movsx32(b, off);
                }
                return is64 ? mov64(b) : mov32(b);
            case Bpf.BPF_ARSH: return is64 ? arsh64(a, b) : arsh32(a, b);
            default: throw new IllegalArgumentException("not an ALU operation: " + opcode);
        }
    }

    /**
     * Evaluates a jump condition (RFC 9669 4.3).
     *
     * @param op BPF_JEQ ... BPF_JSLE (the operation bits); BPF_JA is always true
     * @param is32 class JMP32: compare the low 32 bits
     * @param a dst value
     * @param b source value (register, or immediate sign-extended)
     * @return whether the jump is taken
     * @throws IllegalArgumentException for CALL, EXIT or an unknown operation
     */
    public static boolean condition(int op, boolean is32, long a, long b) {
        if (is32) {
            a = (int) a;
            b = (int) b;
            // unsigned 32-bit comparisons compare the zero-extended halves
            if (op == Bpf.BPF_JGT || op == Bpf.BPF_JGE || op == Bpf.BPF_JLT || op == Bpf.BPF_JLE) {
                a &= LOW32;
                b &= LOW32;
            }
        }
        switch (op) {
            case Bpf.BPF_JA: return true;
            case Bpf.BPF_JEQ: return a == b;
            case Bpf.BPF_JNE: return a != b;
            case Bpf.BPF_JSET: return (a & b) != 0;
            case Bpf.BPF_JGT: return Long.compareUnsigned(a, b) > 0;
            case Bpf.BPF_JGE: return Long.compareUnsigned(a, b) >= 0;
            case Bpf.BPF_JLT: return Long.compareUnsigned(a, b) < 0;
            case Bpf.BPF_JLE: return Long.compareUnsigned(a, b) <= 0;
            case Bpf.BPF_JSGT: return a > b;
            case Bpf.BPF_JSGE: return a >= b;
            case Bpf.BPF_JSLT: return a < b;
            case Bpf.BPF_JSLE: return a <= b;
            default: throw new IllegalArgumentException("not a jump condition: " + op);
        }
    }

    /**
     * The new memory value of an atomic operation (RFC 9669 5.3), for a non-atomic evaluation.
     *
     * @param op BPF_ADD, BPF_OR, BPF_AND, BPF_XOR, BPF_XCHG or BPF_CMPXCHG (FETCH bit ignored)
     * @param old current memory value (zero-extended for 4 bytes)
     * @param operand src register
     * @param expected r0, for CMPXCHG
     * @param size 4 or 8
     * @return the value to store
     */
    public static long atomicResult(int op, long old, long operand, long expected, int size) {
        long r;
        switch (op & ~Bpf.BPF_FETCH) {
            case Bpf.BPF_ADD: r = old + operand; break;
            case Bpf.BPF_OR: r = old | operand; break;
            case Bpf.BPF_AND: r = old & operand; break;
            case Bpf.BPF_XOR: r = old ^ operand; break;
            case Bpf.BPF_XCHG & ~Bpf.BPF_FETCH: r = operand; break;
            default:
                boolean eq = size == 4 ? (int) old == (int) expected : old == expected;
                r = eq ? operand : old;
        }
        return size == 4 ? zext32(r) : r;
    }
}
