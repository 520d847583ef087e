# type: xdp
	call 7
	r6 = r0
	call 7
	r7 = r0
	r6 &= 255
	r7 &= 255
	w7 *= -1
	r6 *= 8
	r7 -= r6
	if w7 > 256 goto +0
	r6 += 0
	r0 = *(u64 *)(r6 + 0)
	exit
