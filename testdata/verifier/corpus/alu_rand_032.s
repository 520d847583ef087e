# type: xdp
	call 7
	r6 = r0
	call 7
	r7 = r0
	r6 &= 60
	w6 >>= 18
	if r6 & 8 goto +0
	r7 >>= 34
	r6 *= r7
	if r6 s< 32767 goto +0
	w7 &= w6
	r7 s>>= 33
	w6 -= w7
	if w6 < 1 goto +0
	r0 = *(u64 *)(r6 + 0)
	exit
