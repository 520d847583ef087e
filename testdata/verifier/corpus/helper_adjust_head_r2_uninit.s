# type: xdp
	call 44
	r0 = 0
	exit
