# type: xdp
	call 7
	r6 = r0
	call 7
	r7 = r0
	r6 &= 2147483647
	r6 += r7
	if r6 s> 0 goto +0
	w7 |= w6
	if w7 < 2 goto +0
	r7 &= 2
	r7 s>>= 13
	w6 -= -8
	if r6 != 7 goto +0
	w7 &= 31
	r7 += r6
	w7 >>= 3
	r0 = *(u64 *)(r6 + 0)
	exit
