# type: xdp
	call 39
	r0 = 0
	exit
