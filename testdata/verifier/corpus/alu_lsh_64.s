# type: xdp
	r0 = 1
	r0 <<= 64
	exit
