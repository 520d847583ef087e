# type: socket_filter
	call 44
	r0 = 0
	exit
