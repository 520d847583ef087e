# Every instruction of the eBPF ISA in LLVM's BPF assembler syntax, one per line.
# Assembled by regen.sh with llvm-mc-19 -triple bpfel -mcpu=v4; see README.md.
# ALU64 with immediate
r1 += 7
r1 -= 7
r1 *= 7
r1 /= 7
r1 |= 7
r1 &= 7
r1 <<= 7
r1 >>= 7
r1 %= 7
r1 ^= 7
r1 = 7
r1 s>>= 7
r1 s/= 7
r1 s%= 7
# ALU64 with register
r1 += r2
r1 -= r2
r1 *= r2
r1 /= r2
r1 |= r2
r1 &= r2
r1 <<= r2
r1 >>= r2
r1 %= r2
r1 ^= r2
r1 = r2
r1 s>>= r2
r1 s/= r2
r1 s%= r2
# ALU32 with immediate
w1 += 7
w1 -= 7
w1 *= 7
w1 /= 7
w1 |= 7
w1 &= 7
w1 <<= 7
w1 >>= 7
w1 %= 7
w1 ^= 7
w1 = 7
w1 s>>= 7
w1 s/= 7
w1 s%= 7
# ALU32 with register
w1 += w2
w1 -= w2
w1 *= w2
w1 /= w2
w1 |= w2
w1 &= w2
w1 <<= w2
w1 >>= w2
w1 %= w2
w1 ^= w2
w1 = w2
w1 s>>= w2
w1 s/= w2
w1 s%= w2
# negation, sign-extending moves
r3 = -r3
w3 = -w3
r1 = (s8)r2
r1 = (s16)r2
r1 = (s32)r2
w1 = (s8)w2
w1 = (s16)w2
# byte swaps
r4 = le16 r4
r4 = le32 r4
r4 = le64 r4
r4 = be16 r4
r4 = be32 r4
r4 = be64 r4
r4 = bswap16 r4
r4 = bswap32 r4
r4 = bswap64 r4
# immediate edge values
r0 = -1
r0 = -2147483648
r0 = 2147483647
w0 = -1
w0 = 0
r0 += -16
r9 = 0x7fffffff
w9 &= -256
r10 += 0x10
# conditional jumps, JMP and JMP32, immediate and register
if r1 == 3 goto +1
if r1 == r2 goto -1
if w1 == 3 goto +1
if w1 == w2 goto -1
if r1 > 3 goto +1
if r1 > r2 goto -1
if w1 > 3 goto +1
if w1 > w2 goto -1
if r1 >= 3 goto +1
if r1 >= r2 goto -1
if w1 >= 3 goto +1
if w1 >= w2 goto -1
if r1 & 3 goto +1
if r1 & r2 goto -1
if w1 & 3 goto +1
if w1 & w2 goto -1
if r1 != 3 goto +1
if r1 != r2 goto -1
if w1 != 3 goto +1
if w1 != w2 goto -1
if r1 s> 3 goto +1
if r1 s> r2 goto -1
if w1 s> 3 goto +1
if w1 s> w2 goto -1
if r1 s>= 3 goto +1
if r1 s>= r2 goto -1
if w1 s>= 3 goto +1
if w1 s>= w2 goto -1
if r1 < 3 goto +1
if r1 < r2 goto -1
if w1 < 3 goto +1
if w1 < w2 goto -1
if r1 <= 3 goto +1
if r1 <= r2 goto -1
if w1 <= 3 goto +1
if w1 <= w2 goto -1
if r1 s< 3 goto +1
if r1 s< r2 goto -1
if w1 s< 3 goto +1
if w1 s< w2 goto -1
if r1 s<= 3 goto +1
if r1 s<= r2 goto -1
if w1 s<= 3 goto +1
if w1 s<= w2 goto -1
if r5 == -1 goto +0
if w5 != -2147483648 goto +2
if r0 s< 0x7fffffff goto +3
# unconditional jumps, calls, exit
goto +0
goto +1
goto -1
goto +32767
goto -32768
gotol +0
gotol +5
gotol -5
gotol +32767
call 1
call 0x7fffffff
call -1
callx r2
callx r10
exit
# 64-bit immediates
r1 = 0x1234 ll
r0 = 0 ll
r2 = -1 ll
r3 = 0x8000000000000000 ll
r9 = 0x7fffffffffffffff ll
r10 = 0x1122334455667788 ll
r5 = 4294967296 ll
# loads, sign-extending loads, stores
r0 = *(u8 *)(r1 + 0)
r5 = *(u8 *)(r10 - 8)
r0 = *(u16 *)(r1 + 0)
r5 = *(u16 *)(r10 - 8)
r0 = *(u32 *)(r1 + 0)
r5 = *(u32 *)(r10 - 8)
r0 = *(u64 *)(r1 + 0)
r5 = *(u64 *)(r10 - 8)
r0 = *(s8 *)(r1 + 2)
r7 = *(s8 *)(r10 - 32768)
r0 = *(s16 *)(r1 + 2)
r7 = *(s16 *)(r10 - 32768)
r0 = *(s32 *)(r1 + 2)
r7 = *(s32 *)(r10 - 32768)
*(u8 *)(r10 - 8) = 1
*(u8 *)(r1 + 32767) = -1
*(u16 *)(r10 - 8) = 1
*(u16 *)(r1 + 32767) = -1
*(u32 *)(r10 - 8) = 1
*(u32 *)(r1 + 32767) = -1
*(u64 *)(r10 - 8) = 1
*(u64 *)(r1 + 32767) = -1
*(u8 *)(r10 - 8) = r1
*(u8 *)(r2 + 0x10) = r0
*(u16 *)(r10 - 8) = r1
*(u16 *)(r2 + 0x10) = r0
*(u32 *)(r10 - 8) = r1
*(u32 *)(r2 + 0x10) = r0
*(u64 *)(r10 - 8) = r1
*(u64 *)(r2 + 0x10) = r0
# atomics 64
lock *(u64 *)(r1 + 0) += r2
lock *(u64 *)(r1 + 8) |= r2
lock *(u64 *)(r1 - 8) &= r2
lock *(u64 *)(r1 + 0) ^= r2
r2 = atomic_fetch_add((u64 *)(r1 + 0), r2)
r2 = atomic_fetch_or((u64 *)(r1 + 0), r2)
r2 = atomic_fetch_and((u64 *)(r1 + 0), r2)
r2 = atomic_fetch_xor((u64 *)(r1 + 0), r2)
r2 = xchg_64(r1 + 0, r2)
r0 = cmpxchg_64(r1 + 0, r0, r2)
# atomics 32
lock *(u32 *)(r1 + 0) += w2
lock *(u32 *)(r1 + 8) |= w2
lock *(u32 *)(r1 - 8) &= w2
lock *(u32 *)(r1 + 0) ^= w2
w2 = atomic_fetch_add((u32 *)(r1 + 0), w2)
w2 = atomic_fetch_or((u32 *)(r1 + 0), w2)
w2 = atomic_fetch_and((u32 *)(r1 + 0), w2)
w2 = atomic_fetch_xor((u32 *)(r1 + 0), w2)
w2 = xchg32_32(r1 + 0, w2)
w0 = cmpxchg32_32(r1 + 0, w0, w2)
# legacy packet access
r0 = *(u8 *)skb[12]
r0 = *(u8 *)skb[r3]
r0 = *(u16 *)skb[12]
r0 = *(u16 *)skb[r3]
r0 = *(u32 *)skb[12]
r0 = *(u32 *)skb[r3]
exit
