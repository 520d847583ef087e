# type: xdp
	r0 = 0x0100
	r0 = be16 r0
	if r0 == 1 goto +1
	r0 = *(u64 *)(r0 + 0)
	r0 = 0
	exit
