# type: xdp
	call 7
	r6 = r0
	call 7
	r7 = r0
	r6 &= 60
	r6 s>>= 60
	r7 -= -2147483648
	r6 <<= 49
	r7 += r6
	w7 <<= 23
	w6 |= 32767
	w6 ^= w7
	r0 = *(u64 *)(r6 + 0)
	exit
