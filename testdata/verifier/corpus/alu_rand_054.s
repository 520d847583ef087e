# type: xdp
	call 7
	r6 = r0
	call 7
	r7 = r0
	r6 &= 60
	r7 &= 15
	w6 <<= 24
	r6 *= r7
	r7 >>= 18
	w6 <<= 18
	w7 ^= 15
	r7 -= -256
	r0 = *(u64 *)(r6 + 0)
	exit
