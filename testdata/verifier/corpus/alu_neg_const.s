# type: xdp
	r0 = 5
	r0 = -r0
	if r0 s< 0 goto +1
	r0 = *(u64 *)(r0 + 0)
	r0 = 0
	exit
