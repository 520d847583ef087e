# type: xdp
	call 7
	r6 = r0
	call 7
	r7 = r0
	r6 &= -1
	w7 ^= -2
	w7 s>>= 1
	r6 ^= 32767
	if w6 < 2147483647 goto +0
	w7 |= w6
	r6 ^= 63
	r6 s>>= 24
	r0 = *(u64 *)(r6 + 0)
	exit
