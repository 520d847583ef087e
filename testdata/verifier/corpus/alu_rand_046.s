# type: xdp
	call 7
	r6 = r0
	call 7
	r7 = r0
	r6 &= -1
	w6 |= 63
	r7 |= r6
	r7 <<= 35
	r7 >>= 1
	r6 += -2147483648
	w7 |= w6
	r0 = *(u64 *)(r6 + 0)
	exit
