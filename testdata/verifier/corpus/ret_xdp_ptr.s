# type: xdp
	r0 = r10
	exit
