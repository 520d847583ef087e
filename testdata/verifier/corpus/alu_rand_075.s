# type: xdp
	call 7
	r6 = r0
	call 7
	r7 = r0
	r6 &= 255
	r7 &= 7
	r7 ^= r6
	w6 &= 32767
	r7 s>>= 9
	r6 s>>= 32
	w7 += 2147483647
	r6 s>>= 14
	r6 <<= 63
	if r6 == 8 goto +0
	r0 = *(u64 *)(r6 + 0)
	exit
