# type: xdp
	r1 = r10
	r1 += 536870912
	r0 = 0
	exit
