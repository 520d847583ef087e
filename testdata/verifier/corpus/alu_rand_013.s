# type: xdp
	call 7
	r6 = r0
	call 7
	r7 = r0
	r6 &= 255
	r7 &= 31
	w7 <<= 5
	if r7 s< -2147483648 goto +0
	w7 &= -1
	if w7 < 3 goto +0
	r6 |= 63
	if w6 s> 255 goto +0
	r0 = *(u64 *)(r6 + 0)
	exit
