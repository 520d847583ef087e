# type: xdp
	call 7
	r6 = r0
	call 7
	r7 = r0
	r6 &= 2147483647
	r6 -= 63
	w7 >>= 20
	r6 += r7
	r6 s>>= 20
	if w6 < 31 goto +0
	w6 -= 32
	r7 *= -256
	w7 s>>= 6
	r0 = *(u64 *)(r6 + 0)
	exit
