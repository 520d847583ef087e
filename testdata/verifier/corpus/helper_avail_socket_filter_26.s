# type: socket_filter
	call 26
	r0 = 0
	exit
