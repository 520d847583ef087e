# type: xdp
	call 16
	r0 = 0
	exit
