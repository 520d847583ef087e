# type: xdp
	w0 = 1
	w0 s>>= 32
	exit
