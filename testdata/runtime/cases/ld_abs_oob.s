	# LD_ABS past the end: the program returns 0
	r6 = r1
	r0 = *(u32 *)skb[40]
	r0 += 5
	exit
