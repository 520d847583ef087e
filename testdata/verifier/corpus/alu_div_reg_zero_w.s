# type: xdp
	w0 = 1
	w1 = 0
	w0 /= w1
	exit
