# type: xdp
	call 7
	r6 = r0
	call 7
	r7 = r0
	r6 &= -1
	r7 &= 31
	r7 s>>= 54
	r6 |= 3
	if w6 == -256 goto +0
	r7 ^= -2147483648
	r0 = *(u64 *)(r6 + 0)
	exit
