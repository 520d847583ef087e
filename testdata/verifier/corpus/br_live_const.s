# type: xdp
	r0 = 5
	if r0 < 10 goto +1
	goto +1
	r0 = *(u64 *)(r0 + 0)
	r0 = 0
	exit
