# type: xdp
	r0 = *(u64 *)(r1 + 8)
	r0 = 0
	exit
