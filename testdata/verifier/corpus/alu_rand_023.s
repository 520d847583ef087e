# type: xdp
	call 7
	r6 = r0
	call 7
	r7 = r0
	r6 &= 240
	r7 &= 31
	r7 -= -8
	w7 -= w6
	r7 >>= 49
	w6 s>>= 22
	if r6 s> 16 goto +0
	r7 >>= 47
	r6 s>>= 34
	r6 s>>= 1
	if r6 != 255 goto +0
	r0 = *(u64 *)(r6 + 0)
	exit
