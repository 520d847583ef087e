# type: xdp
	r1 = r10
	r1 >>= 1
	r0 = 0
	exit
