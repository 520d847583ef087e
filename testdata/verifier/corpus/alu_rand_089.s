# type: xdp
	call 7
	r6 = r0
	call 7
	r7 = r0
	r6 &= 65535
	r6 &= -2
	w7 <<= 17
	if w7 >= 8 goto +0
	r6 >>= 7
	r7 -= r6
	w7 |= w6
	if w7 s> 8 goto +0
	r0 = *(u64 *)(r6 + 0)
	exit
