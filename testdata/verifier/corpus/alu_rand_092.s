# type: xdp
	call 7
	r6 = r0
	call 7
	r7 = r0
	r6 &= 60
	r7 &= 31
	r6 &= r7
	w7 |= -256
	r7 *= r6
	if w7 & 65535 goto +0
	r7 s>>= 14
	w7 ^= 255
	r7 *= r6
	r0 = *(u64 *)(r6 + 0)
	exit
