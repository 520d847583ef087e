# type: xdp
	r1 = r10
	w1 = w1
	r0 = 0
	exit
