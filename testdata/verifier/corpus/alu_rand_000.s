# type: xdp
	call 7
	r6 = r0
	call 7
	r7 = r0
	r6 &= 65535
	w7 ^= -2147483648
	w6 += -2147483648
	w7 <<= 4
	r0 = *(u64 *)(r6 + 0)
	exit
