# type: xdp
	call 7
	r0 &= 7
	if w0 <= 8 goto +1
	goto +1
	r0 = *(u64 *)(r0 + 0)
	r0 = 0
	exit
