# type: xdp
	call 7
	r6 = r0
	call 7
	r7 = r0
	r6 &= 2147483647
	w6 <<= 8
	if r6 == 32 goto +0
	r7 += 1
	r6 <<= 27
	w6 ^= -1
	r7 <<= 38
	r7 *= r6
	r6 |= r7
	r7 += 31
	r0 = *(u64 *)(r6 + 0)
	exit
