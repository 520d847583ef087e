# type: xdp
	r1 = r10
	r2 = 0
	call 44
	r0 = 0
	exit
