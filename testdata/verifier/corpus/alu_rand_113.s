# type: xdp
	call 7
	r6 = r0
	call 7
	r7 = r0
	r6 &= 240
	r7 &= 255
	w7 <<= 20
	if w7 s> 65535 goto +0
	r7 &= 8
	r6 &= 32
	w7 |= 31
	w6 <<= 11
	r0 = *(u64 *)(r6 + 0)
	exit
