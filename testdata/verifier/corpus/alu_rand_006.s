# type: xdp
	call 7
	r6 = r0
	call 7
	r7 = r0
	r6 &= 60
	w7 -= w6
	w6 &= 1
	if r6 <= 1 goto +0
	r7 >>= 22
	r7 *= r6
	w7 |= w6
	if w7 > 256 goto +0
	r0 = *(u64 *)(r6 + 0)
	exit
