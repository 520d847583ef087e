# type: xdp
	r0 = r6
	exit
