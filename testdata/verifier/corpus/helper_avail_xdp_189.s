# type: xdp
	call 189
	r0 = 0
	exit
