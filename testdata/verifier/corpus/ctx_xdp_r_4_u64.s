# type: xdp
	r0 = *(u64 *)(r1 + 4)
	r0 = 0
	exit
