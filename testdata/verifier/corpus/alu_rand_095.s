# type: xdp
	call 7
	r6 = r0
	call 7
	r7 = r0
	r6 &= 65535
	w6 >>= 2
	r7 += -8
	if r7 s< 256 goto +0
	r6 <<= 50
	if w6 != 256 goto +0
	r7 <<= 62
	r7 <<= 22
	r0 = *(u64 *)(r6 + 0)
	exit
