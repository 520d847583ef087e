# type: xdp
	r0 = 0x100000001 ll
	if w0 == 1 goto +1
	r0 = *(u64 *)(r0 + 0)
	r0 = 0
	exit
