# type: xdp
	call 211
	r0 = 0
	exit
