# type: xdp
	call 7
	r6 = r0
	call 7
	r7 = r0
	r6 &= 255
	r6 >>= 15
	w7 *= 1
	if r7 == 31 goto +0
	w6 |= w7
	w7 <<= 28
	r7 &= 8
	r7 <<= 49
	if w7 s< 16 goto +0
	r7 >>= 7
	w6 s>>= 3
	r0 = *(u64 *)(r6 + 0)
	exit
