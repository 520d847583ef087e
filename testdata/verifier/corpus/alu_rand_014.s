# type: xdp
	call 7
	r6 = r0
	call 7
	r7 = r0
	r6 &= 255
	w7 ^= w6
	if w7 < -1 goto +0
	r6 -= -1
	w7 += w6
	w6 &= w7
	if r6 & 3 goto +0
	w7 s>>= 22
	r7 >>= 18
	r7 += r6
	r6 -= r7
	r0 = *(u64 *)(r6 + 0)
	exit
