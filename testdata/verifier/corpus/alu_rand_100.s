# type: xdp
	call 7
	r6 = r0
	call 7
	r7 = r0
	r6 &= 2147483647
	r6 ^= -256
	r6 s>>= 1
	if r6 & -1 goto +0
	r7 |= 16
	w6 -= 2147483647
	r6 -= -2
	w6 >>= 28
	if r6 s> 3 goto +0
	r7 >>= 29
	r0 = *(u64 *)(r6 + 0)
	exit
