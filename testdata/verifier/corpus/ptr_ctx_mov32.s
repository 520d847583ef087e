# type: xdp
	w1 = w1
	r0 = 0
	exit
