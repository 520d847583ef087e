  r6 = r1
  r7 = 16
  r0 = *(u8 *)skb[r7]
  exit
