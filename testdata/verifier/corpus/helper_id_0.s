# type: xdp
	call 0
	r0 = 0
	exit
