# type: xdp
	call 7
	r6 = r0
	call 7
	r7 = r0
	r6 &= 255
	w7 <<= 28
	w6 -= 1
	r7 ^= r6
	if w7 < 63 goto +0
	r7 &= 63
	if r7 s> 32767 goto +0
	w7 <<= 13
	if w7 > 32 goto +0
	r6 ^= 3
	r7 -= -256
	if w7 > 3 goto +0
	r6 -= 2147483647
	r0 = *(u64 *)(r6 + 0)
	exit
