# type: xdp
	call 7
	r6 = r0
	call 7
	r7 = r0
	r6 &= 65535
	w6 &= 255
	w6 ^= -256
	w7 ^= 15
	if w7 < 8 goto +0
	r7 <<= 53
	r6 *= r7
	r0 = *(u64 *)(r6 + 0)
	exit
