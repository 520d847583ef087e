# type: xdp
	call 7
	r6 = r0
	call 7
	r7 = r0
	r6 &= 2147483647
	r7 += 32
	r6 ^= 255
	w7 &= w6
	if w7 s< -2 goto +0
	w6 |= 15
	w6 ^= 65535
	if r6 <= 1 goto +0
	r0 = *(u64 *)(r6 + 0)
	exit
