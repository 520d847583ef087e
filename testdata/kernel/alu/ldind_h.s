  r6 = r1
  r7 = 3
  r0 = *(u16 *)skb[r7]
  exit
