# type: xdp
	call f1
	r0 = *(u64 *)(r10 - 8)
	exit
f1:
	r1 = 1
	*(u64 *)(r10 - 8) = r1
	r0 = 0
	exit
