# type: xdp
	if r1 == 0 goto +1
	goto +1
	r0 = *(u64 *)(r0 + 0)
	r0 = 0
	exit
