# type: xdp
	call 7
	r6 = r0
	call 7
	r7 = r0
	r6 &= 65535
	r7 &= 7
	r6 *= r7
	w6 s>>= 18
	r7 &= -1
	w7 *= -1
	r6 <<= 6
	w6 s>>= 22
	if w6 & -8 goto +0
	r6 &= 1
	w6 *= w7
	if w6 == 32 goto +0
	r0 = *(u64 *)(r6 + 0)
	exit
