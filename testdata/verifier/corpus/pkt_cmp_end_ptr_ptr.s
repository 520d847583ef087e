# type: xdp
	r2 = *(u32 *)(r1 + 0)
	r3 = *(u32 *)(r1 + 4)
	if r2 > r3 goto +1
	r0 = 0
	r0 = 0
	exit
