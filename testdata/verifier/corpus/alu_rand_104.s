# type: xdp
	call 7
	r6 = r0
	call 7
	r7 = r0
	r6 &= 2147483647
	r6 >>= 51
	r6 += 31
	w6 <<= 12
	w7 ^= w6
	w6 ^= w7
	r0 = *(u64 *)(r6 + 0)
	exit
