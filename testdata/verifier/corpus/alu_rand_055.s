# type: xdp
	call 7
	r6 = r0
	call 7
	r7 = r0
	r6 &= -1
	r7 &= 255
	w7 |= w6
	r6 &= 7
	r6 &= 31
	r0 = *(u64 *)(r6 + 0)
	exit
