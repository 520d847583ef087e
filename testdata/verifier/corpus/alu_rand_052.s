# type: xdp
	call 7
	r6 = r0
	call 7
	r7 = r0
	r6 &= 65535
	r7 s>>= 29
	w7 >>= 9
	r6 s>>= 45
	w6 <<= 5
	r7 &= r6
	r6 -= r7
	if r6 s> -8 goto +0
	r0 = *(u64 *)(r6 + 0)
	exit
