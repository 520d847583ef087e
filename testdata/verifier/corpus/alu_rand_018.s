# type: xdp
	call 7
	r6 = r0
	call 7
	r7 = r0
	r6 &= 60
	w7 *= 3
	r7 <<= 21
	r7 >>= 22
	w6 -= 7
	r0 = *(u64 *)(r6 + 0)
	exit
