# type: socket_filter
	r0 = -5
	exit
