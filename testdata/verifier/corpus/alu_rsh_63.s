# type: xdp
	r0 = 1
	r0 >>= 63
	r0 = 0
	exit
