# type: xdp
	r1 = *(u32 *)(r1 + 8)
	w1 -= 4
	r0 = 0
	exit
