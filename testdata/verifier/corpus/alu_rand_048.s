# type: xdp
	call 7
	r6 = r0
	call 7
	r7 = r0
	r6 &= 240
	w7 += 65535
	w6 *= w7
	w6 -= w7
	w7 -= w6
	if r7 != 2 goto +0
	r6 >>= 37
	r7 s>>= 22
	r7 ^= r6
	r0 = *(u64 *)(r6 + 0)
	exit
