# type: socket_filter
	r0 = *(u8 *)skb[12]
	exit
