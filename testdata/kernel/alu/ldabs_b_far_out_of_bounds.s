  r6 = r1
  r0 = 7
  r0 = *(u8 *)skb[1000]
  exit
