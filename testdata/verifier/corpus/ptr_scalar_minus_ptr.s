# type: xdp
	r2 = 5
	r2 -= r10
	r0 = 0
	exit
