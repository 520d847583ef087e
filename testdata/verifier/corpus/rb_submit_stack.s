# type: xdp
	r1 = r10
	r1 += -8
	r2 = 0
	call 132
	r0 = 0
	exit
