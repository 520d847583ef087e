# type: socket_filter
	r0 = *(u32 *)(r1 + 180)
	r0 = 0
	exit
