# type: xdp
	call 7
	r6 = r0
	call 7
	r7 = r0
	r6 &= 240
	r7 &= r6
	w6 ^= 15
	if r6 != 2147483647 goto +0
	w7 >>= 22
	w7 *= 255
	w7 *= w6
	if r7 s> -1 goto +0
	r6 *= r7
	r7 <<= 40
	r7 |= r6
	if r7 != 1 goto +0
	r0 = *(u64 *)(r6 + 0)
	exit
