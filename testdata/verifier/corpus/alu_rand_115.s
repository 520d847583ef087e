# type: xdp
	call 7
	r6 = r0
	call 7
	r7 = r0
	r6 &= 2147483647
	r7 &= 15
	r6 |= r7
	r7 s>>= 51
	r7 += r6
	if w7 < -2 goto +0
	r7 |= -2147483648
	r7 <<= 32
	r7 |= r6
	r6 s>>= 30
	r7 += 7
	if r7 >= -1 goto +0
	r0 = *(u64 *)(r6 + 0)
	exit
