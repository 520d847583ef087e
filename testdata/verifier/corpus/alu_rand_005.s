# type: xdp
	call 7
	r6 = r0
	call 7
	r7 = r0
	r6 &= 240
	w6 *= 1
	if r6 s< 255 goto +0
	r6 -= r7
	r7 s>>= 35
	w7 |= 2
	w7 += -2
	r0 = *(u64 *)(r6 + 0)
	exit
