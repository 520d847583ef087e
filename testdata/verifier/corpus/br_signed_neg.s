# type: xdp
	call 7
	r1 = r0
	if r1 s< 0 goto +5
	if r1 s> 15 goto +4
	r2 = r10
	r2 += -16
	r2 += r1
	*(u8 *)(r2 + 0) = 0
	r0 = 0
	exit
