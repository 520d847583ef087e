# type: xdp
	r0 = r8
	exit
