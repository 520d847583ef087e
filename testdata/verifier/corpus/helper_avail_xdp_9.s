# type: xdp
	call 9
	r0 = 0
	exit
