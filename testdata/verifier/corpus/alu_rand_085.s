# type: xdp
	call 7
	r6 = r0
	call 7
	r7 = r0
	r6 &= 240
	r6 *= r7
	w7 &= w6
	r7 s>>= 37
	r7 += -2147483648
	if w7 > 255 goto +0
	r6 ^= 16
	if w6 s> 63 goto +0
	r0 = *(u64 *)(r6 + 0)
	exit
