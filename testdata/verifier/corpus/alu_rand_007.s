# type: xdp
	call 7
	r6 = r0
	call 7
	r7 = r0
	r6 &= 2147483647
	r6 += r7
	if w6 < -2147483648 goto +0
	w6 |= 0
	if w6 <= 0 goto +0
	r6 ^= 7
	r7 s>>= 2
	r7 >>= 51
	if w7 s> 3 goto +0
	w7 -= w6
	if w7 >= 1 goto +0
	r7 ^= r6
	r0 = *(u64 *)(r6 + 0)
	exit
