# type: xdp
	call 7
	r6 = r0
	call 7
	r7 = r0
	r6 &= 60
	r7 &= 15
	r6 &= 255
	r6 s>>= 35
	r6 >>= 34
	if w6 <= -8 goto +0
	w7 -= w6
	r6 |= 31
	r7 s>>= 49
	w7 -= 16
	r6 s>>= 19
	if w6 == 256 goto +0
	r0 = *(u64 *)(r6 + 0)
	exit
