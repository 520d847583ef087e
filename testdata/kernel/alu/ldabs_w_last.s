  r6 = r1
  r0 = *(u32 *)skb[12]
  exit
