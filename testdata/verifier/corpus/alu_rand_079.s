# type: xdp
	call 7
	r6 = r0
	call 7
	r7 = r0
	r6 &= 255
	r6 &= r7
	w7 ^= -2
	w7 s>>= 15
	w6 += 31
	w6 &= -1
	if w6 s> 65535 goto +0
	r0 = *(u64 *)(r6 + 0)
	exit
