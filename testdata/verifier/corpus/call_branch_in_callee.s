# type: xdp
	r1 = *(u32 *)(r1 + 0)
	call f1
	exit
f1:
	r0 = 0
	if r1 > 5 goto +1
	r0 = 1
	exit
