# type: xdp
	call 7
	r6 = r0
	call 7
	r7 = r0
	r6 &= 60
	w7 |= w6
	r6 |= 15
	r7 += r6
	r0 = *(u64 *)(r6 + 0)
	exit
