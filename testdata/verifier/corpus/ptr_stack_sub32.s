# type: xdp
	r1 = r10
	w1 -= 4
	r0 = 0
	exit
