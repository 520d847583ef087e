# type: xdp
	call 7
	r6 = r0
	call 7
	r7 = r0
	r6 &= -1
	r7 &= 255
	r7 &= 63
	if r7 != 31 goto +0
	r6 >>= 0
	r7 ^= r6
	w7 *= 256
	w6 >>= 9
	r0 = *(u64 *)(r6 + 0)
	exit
