# type: xdp
	call 7
	r6 = r0
	call 7
	r7 = r0
	r6 &= 65535
	r7 &= 15
	r6 |= r7
	w7 |= 1
	r7 *= 2
	r0 = *(u64 *)(r6 + 0)
	exit
