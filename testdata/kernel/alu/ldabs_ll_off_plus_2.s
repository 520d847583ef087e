  r6 = r1
  r0 = *(u16 *)skb[-2097150]
  exit
