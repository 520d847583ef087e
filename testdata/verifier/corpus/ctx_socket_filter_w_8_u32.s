# type: socket_filter
	*(u32 *)(r1 + 8) = 0
	r0 = 1
	exit
