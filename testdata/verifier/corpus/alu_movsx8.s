# type: xdp
	r1 = 0xff
	r0 = (s8)r1
	if r0 == -1 goto +1
	r0 = *(u64 *)(r0 + 0)
	r0 = 0
	exit
