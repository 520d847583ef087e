  r9 = *(u32 *)(r1 + 0)
  r2 = *(u32 *)(r1 + 4)
  r3 = r9
  r3 += 8
  if r3 > r2 goto fail
  r6 = 11
  *(u64 *)(r10 - 8) = r6
  r0 = 12
  r7 = 33
  r0 = cmpxchg_64(r10 - 8, r0, r7)
  r6 = *(u64 *)(r10 - 8)
  r6 <<= 8
  r0 |= r6
  *(u64 *)(r9 + 0) = r0
  exit
fail:
  r0 = 0
  exit
