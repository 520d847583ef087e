# type: xdp
	r1 = 42
	*(u64 *)(r10 - 8) = r1
	r0 = *(u64 *)(r10 - 8)
	if r0 == 42 goto +1
	r0 = *(u64 *)(r0 + 0)
	r0 = 0
	exit
