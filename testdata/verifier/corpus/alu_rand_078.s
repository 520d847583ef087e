# type: xdp
	call 7
	r6 = r0
	call 7
	r7 = r0
	r6 &= 60
	r7 &= 7
	r7 ^= r6
	if w7 != 15 goto +0
	r7 *= 65535
	if r7 != 65535 goto +0
	w7 -= w6
	r6 |= r7
	w7 |= w6
	w6 ^= 7
	r0 = *(u64 *)(r6 + 0)
	exit
