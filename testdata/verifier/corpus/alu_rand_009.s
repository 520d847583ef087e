# type: xdp
	call 7
	r6 = r0
	call 7
	r7 = r0
	r6 &= 65535
	r7 |= 0
	w7 >>= 4
	if w7 & 255 goto +0
	w7 &= w6
	w6 -= w7
	if w6 >= 32767 goto +0
	r6 &= 15
	r6 ^= 0
	if r6 & 31 goto +0
	r0 = *(u64 *)(r6 + 0)
	exit
