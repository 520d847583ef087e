# type: xdp
	r0 = r1
	r0 = 0
	exit
