# type: xdp
	call 7
	r6 = r0
	call 7
	r7 = r0
	r6 &= 240
	r7 &= 255
	w7 += -8
	if w7 > 63 goto +0
	w7 *= -256
	w7 <<= 2
	w7 <<= 17
	if w7 & 16 goto +0
	r0 = *(u64 *)(r6 + 0)
	exit
