# type: xdp
	r0 = 1
	r0 s>>= 64
	exit
