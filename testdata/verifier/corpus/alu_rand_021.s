# type: xdp
	call 7
	r6 = r0
	call 7
	r7 = r0
	r6 &= 65535
	r7 &= 31
	w6 >>= 16
	if r6 < 7 goto +0
	r6 *= 8
	r7 -= r6
	if r7 s> 16 goto +0
	w7 ^= 63
	r0 = *(u64 *)(r6 + 0)
	exit
