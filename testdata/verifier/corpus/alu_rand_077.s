# type: xdp
	call 7
	r6 = r0
	call 7
	r7 = r0
	r6 &= 255
	w7 -= 65535
	r6 s>>= 31
	r6 >>= 59
	w6 &= w7
	r7 &= 1
	if w7 > -2 goto +0
	w7 s>>= 12
	r7 += 32767
	if w7 & 7 goto +0
	r0 = *(u64 *)(r6 + 0)
	exit
