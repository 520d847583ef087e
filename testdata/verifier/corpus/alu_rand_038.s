# type: xdp
	call 7
	r6 = r0
	call 7
	r7 = r0
	r6 &= 60
	r7 &= 31
	r6 += r7
	w7 <<= 31
	if w7 != 7 goto +0
	r6 <<= 40
	r0 = *(u64 *)(r6 + 0)
	exit
