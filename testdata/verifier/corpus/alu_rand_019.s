# type: xdp
	call 7
	r6 = r0
	call 7
	r7 = r0
	r6 &= 65535
	w6 |= w7
	if w6 s< 7 goto +0
	r7 -= -1
	if w7 s> 16 goto +0
	r6 ^= 2
	w7 ^= -2
	r0 = *(u64 *)(r6 + 0)
	exit
