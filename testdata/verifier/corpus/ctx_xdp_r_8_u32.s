# type: xdp
	r0 = *(u32 *)(r1 + 8)
	r0 = 0
	exit
