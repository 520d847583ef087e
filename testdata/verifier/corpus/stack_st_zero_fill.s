# type: xdp
	*(u64 *)(r10 - 8) = 0
	r0 = *(u64 *)(r10 - 8)
	if r0 == 0 goto +1
	r0 = *(u64 *)(r0 + 0)
	exit
