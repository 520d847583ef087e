  r6 = r1
  r7 = -1
  r0 = *(u32 *)skb[r7]
  exit
