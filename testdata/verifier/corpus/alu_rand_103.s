# type: xdp
	call 7
	r6 = r0
	call 7
	r7 = r0
	r6 &= 255
	w6 >>= 14
	w6 s>>= 3
	r6 <<= 38
	r6 &= 8
	w7 >>= 17
	r6 s>>= 5
	r7 ^= 2
	if r7 > 31 goto +0
	r7 -= 0
	r0 = *(u64 *)(r6 + 0)
	exit
