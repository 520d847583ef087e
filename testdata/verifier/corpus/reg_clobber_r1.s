# type: xdp
	r1 = 1
	call 7
	r0 = r1
	exit
