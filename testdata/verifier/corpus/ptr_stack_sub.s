# type: xdp
	r1 = r10
	r1 -= 4
	r0 = 0
	exit
