# type: xdp
	r0 = r4
	exit
