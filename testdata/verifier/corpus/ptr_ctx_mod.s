# type: xdp
	r1 %= 3
	r0 = 0
	exit
