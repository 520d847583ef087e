# type: socket_filter
	r0 = *(u32 *)(r1 + 80)
	r0 = 0
	exit
