# type: xdp
	call 7
	r6 = r0
	call 7
	r7 = r0
	r6 &= -1
	r6 |= -256
	w7 |= w6
	w6 -= w7
	if r6 & 256 goto +0
	r0 = *(u64 *)(r6 + 0)
	exit
