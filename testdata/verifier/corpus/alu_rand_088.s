# type: xdp
	call 7
	r6 = r0
	call 7
	r7 = r0
	r6 &= 255
	r7 &= 15
	r6 ^= r7
	if r6 & 15 goto +0
	w6 s>>= 23
	r7 s>>= 31
	r0 = *(u64 *)(r6 + 0)
	exit
