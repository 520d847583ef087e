  r9 = *(u32 *)(r1 + 0)
  r2 = *(u32 *)(r1 + 4)
  r3 = r9
  r3 += 8
  if r3 > r2 goto fail
  *(u64 *)(r10 - 8) = -2
  r0 = *(u64 *)(r10 - 8)
  *(u64 *)(r9 + 0) = r0
  exit
fail:
  r0 = 0
  exit
