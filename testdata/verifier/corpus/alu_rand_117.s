# type: xdp
	call 7
	r6 = r0
	call 7
	r7 = r0
	r6 &= -1
	r7 &= 7
	r7 s>>= 38
	if w7 < -2 goto +0
	w6 *= w7
	r6 &= 31
	w7 -= 7
	if w7 s> 255 goto +0
	r6 >>= 53
	r0 = *(u64 *)(r6 + 0)
	exit
