# type: xdp
	call 100
	r0 = 0
	exit
