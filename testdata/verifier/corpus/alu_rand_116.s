# type: xdp
	call 7
	r6 = r0
	call 7
	r7 = r0
	r6 &= 240
	r7 &= 15
	r6 *= 65535
	if w6 & 65535 goto +0
	w7 s>>= 8
	w6 s>>= 25
	r7 <<= 25
	r6 |= 7
	if w6 s< -2 goto +0
	w6 s>>= 23
	w6 s>>= 12
	r0 = *(u64 *)(r6 + 0)
	exit
