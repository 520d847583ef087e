# type: xdp
	r0 = *(u64 *)(r10 - 8)
	r0 = *(u64 *)(r0 + 0)
	exit
