# type: xdp
	call 7
	r6 = r0
	call 7
	r7 = r0
	r6 &= -1
	r6 s>>= 34
	w6 *= w7
	r7 ^= 255
	r6 |= 8
	w7 -= 2147483647
	r6 ^= 7
	r6 *= r7
	r0 = *(u64 *)(r6 + 0)
	exit
