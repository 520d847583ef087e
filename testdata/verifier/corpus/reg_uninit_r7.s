# type: xdp
	r0 = r7
	exit
