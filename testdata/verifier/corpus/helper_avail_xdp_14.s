# type: xdp
	call 14
	r0 = 0
	exit
