# type: xdp
	call 7
	r6 = r0
	call 7
	if r6 > r0 goto +1
	r0 = 0
	r0 = 0
	exit
