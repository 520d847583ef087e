# type: xdp
	call 7
	r6 = r0
	call 7
	r7 = r0
	r6 &= 60
	r6 -= r7
	w7 ^= w6
	r6 *= 0
	w6 s>>= 3
	r6 -= r7
	w7 *= w6
	if w7 s> 8 goto +0
	r6 ^= r7
	r0 = *(u64 *)(r6 + 0)
	exit
