# type: xdp
	call 7
	r6 = r0
	call 7
	r7 = r0
	r6 &= 240
	r7 &= 15
	r6 s>>= 15
	r6 ^= -256
	if r6 >= -8 goto +0
	r6 ^= r7
	r7 += 16
	if r7 < 16 goto +0
	r6 += 63
	if r6 != 31 goto +0
	r6 s>>= 5
	if r6 <= 7 goto +0
	r7 <<= 7
	r0 = *(u64 *)(r6 + 0)
	exit
