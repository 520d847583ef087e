# type: xdp
	call 7
	r6 = r0
	call 7
	r7 = r0
	r6 &= 60
	r7 &= 31
	w6 s>>= 24
	r7 &= 65535
	r6 &= r7
	if w6 s< -2 goto +0
	r6 *= r7
	r6 *= -256
	r6 ^= 32767
	r0 = *(u64 *)(r6 + 0)
	exit
