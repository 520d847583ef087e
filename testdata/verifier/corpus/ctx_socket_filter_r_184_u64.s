# type: socket_filter
	r0 = *(u64 *)(r1 + 184)
	r0 = 1
	exit
