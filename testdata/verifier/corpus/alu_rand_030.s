# type: xdp
	call 7
	r6 = r0
	call 7
	r7 = r0
	r6 &= 255
	r7 &= 31
	w6 += -8
	if r6 < 7 goto +0
	r7 ^= r6
	if w7 & 65535 goto +0
	r6 <<= 52
	if r6 >= -8 goto +0
	r7 s>>= 36
	if w7 s< 16 goto +0
	r6 <<= 7
	if w6 s> -8 goto +0
	r0 = *(u64 *)(r6 + 0)
	exit
