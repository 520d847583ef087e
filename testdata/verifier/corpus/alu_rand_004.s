# type: xdp
	call 7
	r6 = r0
	call 7
	r7 = r0
	r6 &= 60
	r7 >>= 32
	r7 &= r6
	r7 <<= 39
	r7 += 63
	r0 = *(u64 *)(r6 + 0)
	exit
