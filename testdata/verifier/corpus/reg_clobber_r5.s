# type: xdp
	r5 = 1
	call 7
	r0 = r5
	exit
