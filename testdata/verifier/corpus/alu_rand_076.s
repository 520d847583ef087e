# type: xdp
	call 7
	r6 = r0
	call 7
	r7 = r0
	r6 &= 60
	w6 &= 2147483647
	w6 &= w7
	r7 *= 15
	r0 = *(u64 *)(r6 + 0)
	exit
