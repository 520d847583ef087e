  r9 = *(u32 *)(r1 + 0)
  r2 = *(u32 *)(r1 + 4)
  r3 = r9
  r3 += 8
  if r3 > r2 goto fail
  r6 = 0x0f
  *(u64 *)(r10 - 8) = r6
  r7 = 0xf0
  r7 = atomic_fetch_or((u64 *)(r10 - 8), r7)
  r0 = *(u64 *)(r10 - 8)
  r0 <<= 8
  r0 |= r7
  *(u64 *)(r9 + 0) = r0
  exit
fail:
  r0 = 0
  exit
