# type: xdp
	call 7
	r6 = r0
	call 7
	r7 = r0
	r6 &= 2147483647
	r7 &= 31
	r7 ^= 31
	r7 s>>= 31
	r6 *= r7
	r6 *= r7
	if w6 & -2147483648 goto +0
	r6 <<= 8
	r7 &= -1
	if w7 & 32 goto +0
	r0 = *(u64 *)(r6 + 0)
	exit
