/* Plain C compiled by clang-19 to BPF assembly (clang-output.s), to check that Assembler reads
 * what clang emits: directives, labels, calls between functions, loops, atomics, swaps. */
typedef unsigned int u32;
typedef unsigned long long u64;
typedef signed char s8;

static __attribute__((noinline)) long scale(long x, long d) { return (x * 3) / d + x % d; }

long sum(const u32 *p, long n, u64 *counter)
{
    long s = 0;
    for (long i = 0; i < n && i < 64; i++) {
        if (p[i] & 1)
            s += __builtin_bswap32(p[i]);
        else
            s -= (s8)p[i];
    }
    __sync_fetch_and_add(counter, 1);
    if (s > 0x123456789abcLL)
        return scale(s, n);
    return s ^ 0x7fffffffffffffffLL;
}
