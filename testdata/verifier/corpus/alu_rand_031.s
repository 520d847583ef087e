# type: xdp
	call 7
	r6 = r0
	call 7
	r7 = r0
	r6 &= 240
	w6 -= w7
	r6 <<= 27
	r6 -= -2147483648
	if w6 != -1 goto +0
	r6 -= -2147483648
	w7 s>>= 12
	r6 += 255
	r6 *= 7
	r6 <<= 9
	r0 = *(u64 *)(r6 + 0)
	exit
