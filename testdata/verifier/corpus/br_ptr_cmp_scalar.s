# type: xdp
	r2 = 5
	if r1 > r2 goto +1
	r0 = 0
	r0 = 0
	exit
