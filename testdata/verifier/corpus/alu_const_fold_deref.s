# type: xdp
	r0 = 3
	r0 *= 4
	r0 += -12
	r0 = *(u64 *)(r0 + 0)
	exit
