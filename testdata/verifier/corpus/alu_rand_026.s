# type: xdp
	call 7
	r6 = r0
	call 7
	r7 = r0
	r6 &= 60
	r7 &= 255
	r7 ^= -256
	w6 *= w7
	r7 s>>= 17
	r0 = *(u64 *)(r6 + 0)
	exit
