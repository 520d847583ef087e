  r9 = *(u32 *)(r1 + 0)
  r2 = *(u32 *)(r1 + 4)
  r3 = r9
  r3 += 8
  if r3 > r2 goto fail
  r6 = 0xff80 ll
  w0 = (s8)w6
  *(u64 *)(r9 + 0) = r0
  exit
fail:
  r0 = 0
  exit
