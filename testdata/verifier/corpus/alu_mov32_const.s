# type: xdp
	w0 = -1
	if r0 == 0xffffffff goto +1
	r0 = *(u64 *)(r0 + 0)
	r0 = 0
	exit
