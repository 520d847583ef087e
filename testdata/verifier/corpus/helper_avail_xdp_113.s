# type: xdp
	call 113
	r0 = 0
	exit
