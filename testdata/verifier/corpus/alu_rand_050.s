# type: xdp
	call 7
	r6 = r0
	call 7
	r7 = r0
	r6 &= 2147483647
	r7 &= 255
	w7 ^= w6
	r6 s>>= 62
	r6 >>= 58
	r6 &= r7
	w7 >>= 21
	w6 <<= 26
	w6 s>>= 10
	r0 = *(u64 *)(r6 + 0)
	exit
