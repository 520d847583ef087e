# type: xdp
	r0 = 0
