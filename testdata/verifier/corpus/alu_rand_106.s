# type: xdp
	call 7
	r6 = r0
	call 7
	r7 = r0
	r6 &= 255
	r7 &= 255
	w6 |= w7
	w7 *= w6
	if w7 s> 63 goto +0
	w6 <<= 25
	r6 -= 7
	r6 &= 63
	r0 = *(u64 *)(r6 + 0)
	exit
