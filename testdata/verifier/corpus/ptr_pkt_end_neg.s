# type: xdp
	r1 = *(u32 *)(r1 + 4)
	r1 = -r1
	r0 = 0
	exit
