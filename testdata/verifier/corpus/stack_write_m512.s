# type: xdp
	*(u64 *)(r10 - 512) = 1
	r0 = 0
	exit
