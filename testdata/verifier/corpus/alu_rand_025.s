# type: xdp
	call 7
	r6 = r0
	call 7
	r7 = r0
	r6 &= -1
	r7 &= 7
	r6 s>>= 51
	r6 *= r7
	w6 += -8
	r7 ^= r6
	r7 |= r6
	w7 += -2147483648
	if r7 >= 15 goto +0
	r0 = *(u64 *)(r6 + 0)
	exit
