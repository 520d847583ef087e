# type: xdp
	*(u64 *)(r10 - 8) = 0
	r1 = 1
	r1 = xchg_64(r10 - 8, r1)
	r0 = 0
	exit
