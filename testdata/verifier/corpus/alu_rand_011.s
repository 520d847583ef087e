# type: xdp
	call 7
	r6 = r0
	call 7
	r7 = r0
	r6 &= 240
	w7 <<= 0
	if r7 == 8 goto +0
	r7 *= -2
	r7 |= r6
	if w7 <= 255 goto +0
	r6 >>= 51
	r0 = *(u64 *)(r6 + 0)
	exit
