# type: xdp
	call 7
	r6 = r0
	call 7
	r7 = r0
	r6 &= 60
	r7 += r6
	r6 <<= 2
	r7 >>= 29
	if w7 & 256 goto +0
	r7 s>>= 32
	r0 = *(u64 *)(r6 + 0)
	exit
