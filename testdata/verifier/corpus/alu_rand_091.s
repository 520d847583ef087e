# type: xdp
	call 7
	r6 = r0
	call 7
	r7 = r0
	r6 &= 2147483647
	r7 &= 255
	w7 >>= 11
	w7 >>= 25
	if w7 == 16 goto +0
	r6 &= r7
	r7 &= 7
	if r7 != 15 goto +0
	r6 &= 255
	r7 += 16
	r0 = *(u64 *)(r6 + 0)
	exit
