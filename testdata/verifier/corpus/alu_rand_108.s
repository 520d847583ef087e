# type: xdp
	call 7
	r6 = r0
	call 7
	r7 = r0
	r6 &= 65535
	r7 += r6
	r7 &= 2147483647
	if w7 s< 63 goto +0
	r6 ^= 8
	w7 |= w6
	r7 += 3
	r0 = *(u64 *)(r6 + 0)
	exit
