# type: xdp
	call 7
	r6 = r0
	call 7
	r7 = r0
	r6 &= 240
	r7 &= 7
	r6 &= r7
	w6 ^= w7
	r7 <<= 51
	w7 += w6
	w6 <<= 11
	r0 = *(u64 *)(r6 + 0)
	exit
