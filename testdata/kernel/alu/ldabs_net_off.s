  r6 = r1
  r0 = *(u8 *)skb[-1048576]
  exit
