# type: xdp
	r0 = *(u64 *)(r10 - 520)
	exit
