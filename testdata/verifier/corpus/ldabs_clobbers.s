# type: socket_filter
	r6 = r1
	r2 = 1
	r0 = *(u16 *)skb[12]
	r0 = r2
	exit
