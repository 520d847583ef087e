# type: xdp
	call 7
	r6 = r0
	call 7
	r7 = r0
	r6 &= 2147483647
	r7 |= r6
	r7 >>= 52
	r7 -= 8
	r6 >>= 56
	if r6 == -2147483648 goto +0
	r6 *= 65535
	w7 <<= 18
	r0 = *(u64 *)(r6 + 0)
	exit
