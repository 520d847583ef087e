# type: xdp
	r3 = 1
	call 7
	r0 = r3
	exit
