# type: xdp
	call 7
	r6 = r0
	call 7
	r7 = r0
	r6 &= 60
	r7 &= 7
	r7 |= -1
	w7 <<= 28
	if w7 != 15 goto +0
	r7 >>= 56
	if w7 s< 7 goto +0
	w6 |= 2147483647
	if r6 <= 16 goto +0
	r6 <<= 8
	r7 <<= 55
	r0 = *(u64 *)(r6 + 0)
	exit
