# type: xdp
	call 7
	r6 = r0
	call 7
	r7 = r0
	r6 &= -1
	r7 &= 255
	r7 |= -2147483648
	r7 <<= 56
	r6 |= -1
	w7 s>>= 13
	if r7 & 255 goto +0
	w6 -= 32
	w6 &= 255
	r0 = *(u64 *)(r6 + 0)
	exit
