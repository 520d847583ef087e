# type: xdp
	call 7
	r6 = r0
	call 7
	r7 = r0
	r6 &= 60
	r7 &= 31
	w6 &= 255
	if r6 s< 31 goto +0
	r7 >>= 57
	r7 >>= 61
	r7 s>>= 54
	r0 = *(u64 *)(r6 + 0)
	exit
