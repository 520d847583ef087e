# type: xdp
	call 7
	r6 = r0
	call 7
	r7 = r0
	r6 &= 2147483647
	r7 &= 31
	r7 ^= r6
	r6 |= r7
	if r6 >= 256 goto +0
	w7 += w6
	w6 -= -2147483648
	r0 = *(u64 *)(r6 + 0)
	exit
