# type: xdp
	call 7
	r6 = r0
	call 7
	r7 = r0
	r6 &= 2147483647
	r7 &= 7
	w7 &= w6
	r7 &= 0
	if w7 != 255 goto +0
	r6 s>>= 51
	r6 += 63
	r6 &= r7
	r7 |= r6
	if w7 s< 31 goto +0
	w6 s>>= 19
	if w6 & 32 goto +0
	r0 = *(u64 *)(r6 + 0)
	exit
