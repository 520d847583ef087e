  r9 = *(u32 *)(r1 + 0)
  r2 = *(u32 *)(r1 + 4)
  r3 = r9
  r3 += 8
  if r3 > r2 goto fail
  r6 = -1
  *(u64 *)(r10 - 8) = r6
  r7 = 1
  w7 = atomic_fetch_add((u32 *)(r10 - 8), w7)
  r0 = r7
  *(u64 *)(r9 + 0) = r0
  exit
fail:
  r0 = 0
  exit
