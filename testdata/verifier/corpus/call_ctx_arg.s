# type: xdp
	call f1
	exit
f1:
	r0 = *(u32 *)(r1 + 0)
	r0 = 0
	exit
