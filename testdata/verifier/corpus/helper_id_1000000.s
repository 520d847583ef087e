# type: xdp
	call 1000000
	r0 = 0
	exit
