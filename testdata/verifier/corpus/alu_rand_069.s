# type: xdp
	call 7
	r6 = r0
	call 7
	r7 = r0
	r6 &= 60
	r7 &= 31
	r7 *= r6
	r7 |= 255
	w6 |= w7
	if r6 s< -1 goto +0
	w6 ^= 32767
	if w6 <= 16 goto +0
	w7 ^= 2147483647
	r6 *= r7
	if w6 & 1 goto +0
	r6 <<= 0
	r0 = *(u64 *)(r6 + 0)
	exit
