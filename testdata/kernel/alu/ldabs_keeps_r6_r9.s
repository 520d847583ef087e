  r6 = r1
  r7 = 77
  r0 = *(u8 *)skb[1]
  r0 += r7
  exit
