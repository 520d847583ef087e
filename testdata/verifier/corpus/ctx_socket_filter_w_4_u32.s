# type: socket_filter
	*(u32 *)(r1 + 4) = 0
	r0 = 1
	exit
