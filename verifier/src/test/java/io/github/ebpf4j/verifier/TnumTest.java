package io.github.ebpf4j.verifier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/**
 * Tnum arithmetic: examples worked from the definitions in kernel/bpf/tnum.c, and the soundness
 * contract every operation must keep (a result contains every concrete result of members).
 */
class TnumTest {
    @Test
    void rangeCoversItsBounds() {
        // tnum_range(4, 7): chi = 3, bits = 2 -> (0x4; 0x3)
        assertEquals(new Tnum(4, 3), Tnum.range(4, 7));
        assertEquals(Tnum.constant(9), Tnum.range(9, 9));
        assertEquals(Tnum.UNKNOWN, Tnum.range(0, -1L));
    }

    @Test
    void printsAsTheKernel() {
        assertEquals("(0x0; 0xff)", new Tnum(0, 0xff).toString());
        assertEquals("(0x10; 0xf)", new Tnum(0x10, 0xf).toString());
    }

    @Test
    void addOfUnknownLowBits() {
        // (0x0; 0x3) + 1 = {1,2,3,4} -> (0x0; 0x7)
        assertEquals(new Tnum(0, 7), new Tnum(0, 3).add(Tnum.constant(1)));
    }

    /** A random member of t, drawn with bits r for the unknown positions. */
    private static long member(Tnum t, long r) {
        return t.value() | (r & t.mask());
    }

    private static Tnum norm(long v, long m) {
        return new Tnum(v & ~m, m);
    }

    @Property(tries = 300)
    void operationsAreSound(@ForAll long av, @ForAll long am, @ForAll long bv, @ForAll long bm, @ForAll long ra,
            @ForAll long rb) {
        Tnum a = norm(av, am | 0xff00L);
        Tnum b = norm(bv, bm & 0x0ff0L);
        long x = member(a, ra);
        long y = member(b, rb);
        assertTrue(a.add(b).contains(Tnum.constant(x + y)), "add");
        assertTrue(a.sub(b).contains(Tnum.constant(x - y)), "sub");
        assertTrue(a.mul(b).contains(Tnum.constant(x * y)), "mul");
        assertTrue(a.and(b).contains(Tnum.constant(x & y)), "and");
        assertTrue(a.or(b).contains(Tnum.constant(x | y)), "or");
        assertTrue(a.xor(b).contains(Tnum.constant(x ^ y)), "xor");
        assertTrue(a.lshift(5).contains(Tnum.constant(x << 5)), "lsh");
        assertTrue(a.rshift(5).contains(Tnum.constant(x >>> 5)), "rsh");
        assertTrue(a.arshift(5, 64).contains(Tnum.constant(x >> 5)), "arsh");
    }
}
