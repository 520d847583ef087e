# type: xdp
	r1 = -r1
	r0 = 0
	exit
