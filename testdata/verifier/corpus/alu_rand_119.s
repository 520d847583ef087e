# type: xdp
	call 7
	r6 = r0
	call 7
	r7 = r0
	r6 &= -1
	r7 |= 7
	w7 >>= 29
	w7 ^= -2
	if r7 & 7 goto +0
	w7 ^= 7
	w6 >>= 26
	r6 |= r7
	r0 = *(u64 *)(r6 + 0)
	exit
