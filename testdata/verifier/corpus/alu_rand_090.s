# type: xdp
	call 7
	r6 = r0
	call 7
	r7 = r0
	r6 &= 255
	r6 >>= 27
	r7 s>>= 38
	if r7 != -256 goto +0
	r7 += r6
	if w7 == -1 goto +0
	r6 *= 1
	r0 = *(u64 *)(r6 + 0)
	exit
