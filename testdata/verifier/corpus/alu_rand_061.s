# type: xdp
	call 7
	r6 = r0
	call 7
	r7 = r0
	r6 &= 65535
	r7 ^= 1
	r7 &= 255
	r6 -= -1
	if w6 > 8 goto +0
	w7 >>= 24
	r7 &= 1
	r6 &= r7
	r7 <<= 36
	r0 = *(u64 *)(r6 + 0)
	exit
