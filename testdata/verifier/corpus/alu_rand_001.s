# type: xdp
	call 7
	r6 = r0
	call 7
	r7 = r0
	r6 &= -1
	r6 -= 63
	if r6 > 15 goto +0
	w7 -= w6
	r7 |= 2
	r7 |= 7
	r6 ^= -8
	if r6 <= 3 goto +0
	r6 &= 2
	r7 *= 65535
	r0 = *(u64 *)(r6 + 0)
	exit
