# type: xdp
	call 7
	r6 = r0
	call 7
	r7 = r0
	r6 &= 240
	r7 &= 31
	r7 -= r6
	if w7 & -2147483648 goto +0
	r6 -= r7
	r7 ^= 255
	r6 >>= 1
	r6 += r7
	r7 += r6
	r6 -= 15
	r0 = *(u64 *)(r6 + 0)
	exit
