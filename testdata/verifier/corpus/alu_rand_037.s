# type: xdp
	call 7
	r6 = r0
	call 7
	r7 = r0
	r6 &= 60
	r7 &= 7
	w7 -= 16
	r7 |= r6
	r7 &= r6
	if w7 s< -8 goto +0
	r0 = *(u64 *)(r6 + 0)
	exit
