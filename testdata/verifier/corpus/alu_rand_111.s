# type: xdp
	call 7
	r6 = r0
	call 7
	r7 = r0
	r6 &= 255
	r7 &= 15
	w6 |= w7
	if r6 < -2147483648 goto +0
	r6 *= 3
	r6 &= 65535
	w7 s>>= 3
	r7 += -2
	r7 >>= 5
	r7 ^= r6
	r6 s>>= 23
	r0 = *(u64 *)(r6 + 0)
	exit
