# type: xdp
	r4 = 1
	call 7
	r0 = r4
	exit
