# type: xdp
	call 7
	r6 = r0
	call 7
	r7 = r0
	r6 &= 255
	w6 &= w7
	w7 |= -256
	if w7 > 8 goto +0
	r6 ^= r7
	w6 ^= 63
	if r6 >= 1 goto +0
	w6 <<= 10
	r0 = *(u64 *)(r6 + 0)
	exit
