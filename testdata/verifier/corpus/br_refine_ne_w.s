# type: xdp
	call 7
	r6 = r0
	if w6 != 4 goto +3
	r1 = r10
	r1 += -16
	r1 += r6
	*(u8 *)(r1 + 0) = 0
	r0 = 0
	exit
