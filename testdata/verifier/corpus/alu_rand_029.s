# type: xdp
	call 7
	r6 = r0
	call 7
	r7 = r0
	r6 &= 255
	w7 += w6
	r7 >>= 25
	r6 >>= 0
	r7 s>>= 52
	if r7 == 16 goto +0
	r0 = *(u64 *)(r6 + 0)
	exit
