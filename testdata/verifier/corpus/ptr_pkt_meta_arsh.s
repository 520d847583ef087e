# type: xdp
	r1 = *(u32 *)(r1 + 8)
	r1 s>>= 1
	r0 = 0
	exit
