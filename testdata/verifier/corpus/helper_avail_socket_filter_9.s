# type: socket_filter
	call 9
	r0 = 0
	exit
