# type: xdp
	r2 = 1
	call 7
	r0 = r2
	exit
