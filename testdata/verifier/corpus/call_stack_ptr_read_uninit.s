# type: xdp
	r1 = r10
	r1 += -8
	call f1
	exit
f1:
	r0 = *(u64 *)(r1 + 0)
	exit
