# type: xdp
	call 7
	r6 = r0
	call 7
	r7 = r0
	r6 &= -1
	r7 &= 7
	w6 ^= w7
	r6 <<= 31
	r7 *= r6
	r6 |= r7
	r6 += r7
	r0 = *(u64 *)(r6 + 0)
	exit
