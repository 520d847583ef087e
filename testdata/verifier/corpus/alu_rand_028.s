# type: xdp
	call 7
	r6 = r0
	call 7
	r7 = r0
	r6 &= 2147483647
	r7 &= 255
	r6 <<= 39
	r6 s>>= 47
	if r6 >= 255 goto +0
	r6 *= 1
	r6 *= 31
	w6 *= 32
	if w6 <= -2147483648 goto +0
	r6 -= r7
	r7 <<= 34
	if w7 s> 16 goto +0
	r0 = *(u64 *)(r6 + 0)
	exit
