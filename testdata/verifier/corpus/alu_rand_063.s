# type: xdp
	call 7
	r6 = r0
	call 7
	r7 = r0
	r6 &= 255
	r7 &= 31
	w6 s>>= 14
	r6 >>= 21
	r7 &= 256
	r7 >>= 59
	if w7 <= 32 goto +0
	r7 |= 1
	r0 = *(u64 *)(r6 + 0)
	exit
