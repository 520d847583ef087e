# type: xdp
	w0 = 1
	w0 >>= 32
	exit
