# type: xdp
	call 7
	r6 = r0
	call 7
	r7 = r0
	r6 &= -1
	r7 &= 255
	w6 *= w7
	w6 >>= 23
	r7 >>= 23
	if r7 <= 31 goto +0
	w6 += w7
	r6 &= 32
	r0 = *(u64 *)(r6 + 0)
	exit
