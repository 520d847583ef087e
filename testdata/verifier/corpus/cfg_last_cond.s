# type: xdp
	r0 = 0
	if r0 == 0 goto -2
