# type: xdp
	r1 = r10
	r1 *= 2
	r0 = 0
	exit
