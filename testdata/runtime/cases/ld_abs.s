	# LD_ABS/LD_IND in a socket filter: bytes of the packet from the network header
	r6 = r1
	r0 = *(u8 *)skb[0]
	r7 = r0
	r0 = *(u16 *)skb[2]
	r7 <<= 16
	r7 |= r0
	r0 = *(u32 *)skb[12]
	r0 += r7
	exit
