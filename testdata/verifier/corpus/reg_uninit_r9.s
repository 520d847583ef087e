# type: xdp
	r0 = r9
	exit
