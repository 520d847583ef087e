# type: xdp
	call 7
	r6 = r0
	call 7
	r7 = r0
	r6 &= 2147483647
	w6 &= -8
	r7 s>>= 59
	w7 |= w6
	if r7 > -8 goto +0
	r7 >>= 26
	w7 |= 2
	r7 >>= 45
	r6 |= r7
	if r6 s> 8 goto +0
	r0 = *(u64 *)(r6 + 0)
	exit
