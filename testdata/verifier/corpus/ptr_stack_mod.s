# type: xdp
	r1 = r10
	r1 %= 3
	r0 = 0
	exit
