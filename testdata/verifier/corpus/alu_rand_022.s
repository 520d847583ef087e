# type: xdp
	call 7
	r6 = r0
	call 7
	r7 = r0
	r6 &= -1
	r6 <<= 7
	w7 <<= 10
	w7 &= 15
	r0 = *(u64 *)(r6 + 0)
	exit
