# type: xdp
	call 7
	r6 = r0
	call 7
	r7 = r0
	r6 &= 2147483647
	r7 &= 7
	r7 *= -8
	r7 -= r6
	r7 >>= 25
	if r7 > -2 goto +0
	r6 |= r7
	r7 += 1
	r7 >>= 23
	r6 += 2
	if r6 > 2147483647 goto +0
	r6 s>>= 22
	r0 = *(u64 *)(r6 + 0)
	exit
