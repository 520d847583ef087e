  r6 = r1
  r7 = 0x100000001 ll
  r0 = *(u8 *)skb[r7]
  exit
