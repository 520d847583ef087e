# type: socket_filter
	call 23
	r0 = 0
	exit
