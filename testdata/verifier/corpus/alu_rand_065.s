# type: xdp
	call 7
	r6 = r0
	call 7
	r7 = r0
	r6 &= 65535
	w7 |= -1
	r7 >>= 15
	r6 >>= 46
	r6 s>>= 6
	if r6 & -8 goto +0
	w6 ^= -2147483648
	r0 = *(u64 *)(r6 + 0)
	exit
