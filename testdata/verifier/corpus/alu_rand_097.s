# type: xdp
	call 7
	r6 = r0
	call 7
	r7 = r0
	r6 &= 255
	r7 <<= 24
	w6 += 63
	w7 >>= 3
	r6 -= 3
	if r6 s> -1 goto +0
	w7 |= w6
	r0 = *(u64 *)(r6 + 0)
	exit
