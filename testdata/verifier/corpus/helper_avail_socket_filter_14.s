# type: socket_filter
	call 14
	r0 = 0
	exit
