# type: xdp
	call 7
	r6 = r0
	call 7
	r7 = r0
	r6 &= 240
	w6 s>>= 30
	if r6 s< 63 goto +0
	r6 -= 15
	w7 |= 65535
	r6 |= -2147483648
	r6 |= 31
	r0 = *(u64 *)(r6 + 0)
	exit
