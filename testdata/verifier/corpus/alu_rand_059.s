# type: xdp
	call 7
	r6 = r0
	call 7
	r7 = r0
	r6 &= 65535
	r7 &= 255
	r7 |= r6
	r6 *= r7
	r7 += r6
	w6 &= -1
	if w6 != 0 goto +0
	w7 >>= 23
	if r7 <= -2147483648 goto +0
	r6 ^= 2147483647
	r6 s>>= 59
	r0 = *(u64 *)(r6 + 0)
	exit
