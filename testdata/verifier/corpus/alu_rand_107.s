# type: xdp
	call 7
	r6 = r0
	call 7
	r7 = r0
	r6 &= 2147483647
	r6 *= r7
	r7 *= 256
	r6 -= 0
	r7 |= -2147483648
	if r7 != 32 goto +0
	r7 -= 3
	r6 += r7
	r0 = *(u64 *)(r6 + 0)
	exit
