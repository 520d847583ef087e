# type: xdp
	r1 = r10
	r1 += -8
	call f1
	r0 = *(u64 *)(r10 - 8)
	exit
f1:
	r2 = 7
	*(u64 *)(r1 + 0) = r2
	r0 = 0
	exit
