# type: xdp
	call 7
	r6 = r0
	call 7
	r7 = r0
	r6 &= 240
	w6 <<= 26
	if w6 < 32 goto +0
	w7 <<= 1
	w7 <<= 13
	if r7 < 0 goto +0
	w6 >>= 11
	w7 ^= w6
	r0 = *(u64 *)(r6 + 0)
	exit
