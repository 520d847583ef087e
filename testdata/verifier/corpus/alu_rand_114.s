# type: xdp
	call 7
	r6 = r0
	call 7
	r7 = r0
	r6 &= -1
	r7 s>>= 30
	if w7 == 0 goto +0
	w6 ^= 32767
	if w6 < 2 goto +0
	w7 <<= 7
	r6 ^= -2
	if w6 s> 65535 goto +0
	r7 <<= 62
	if r7 s< 31 goto +0
	r6 -= 256
	r6 |= 0
	r6 *= 0
	r0 = *(u64 *)(r6 + 0)
	exit
