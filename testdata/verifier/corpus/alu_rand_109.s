# type: xdp
	call 7
	r6 = r0
	call 7
	r7 = r0
	r6 &= -1
	r7 &= 31
	w7 -= 8
	r6 >>= 51
	w6 s>>= 14
	r7 *= 2
	r6 *= r7
	if w6 & -1 goto +0
	w6 -= w7
	if r6 s> 2147483647 goto +0
	r0 = *(u64 *)(r6 + 0)
	exit
