# type: xdp
	call 7
	r1 = r0
	r0 ^= r1
	r0 = 0
	exit
