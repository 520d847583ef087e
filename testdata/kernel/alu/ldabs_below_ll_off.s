  r6 = r1
  r0 = 5
  r0 = *(u8 *)skb[-2097153]
  exit
