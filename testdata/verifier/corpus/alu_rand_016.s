# type: xdp
	call 7
	r6 = r0
	call 7
	r7 = r0
	r6 &= 255
	w6 s>>= 2
	r7 ^= -256
	r6 |= 16
	r7 >>= 16
	r6 >>= 25
	r7 <<= 54
	r7 += 2147483647
	r0 = *(u64 *)(r6 + 0)
	exit
