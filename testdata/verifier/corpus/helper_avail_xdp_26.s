# type: xdp
	call 26
	r0 = 0
	exit
