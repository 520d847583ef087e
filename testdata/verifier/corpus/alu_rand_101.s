# type: xdp
	call 7
	r6 = r0
	call 7
	r7 = r0
	r6 &= 2147483647
	r7 &= 7
	r7 += -8
	r7 ^= r6
	if r7 s> 31 goto +0
	r6 += r7
	w6 -= 32
	w6 += 2147483647
	w7 >>= 26
	r6 &= -8
	r0 = *(u64 *)(r6 + 0)
	exit
