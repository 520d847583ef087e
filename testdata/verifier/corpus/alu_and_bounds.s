# type: xdp
	call 7
	r0 &= 0xff
	if r0 > 255 goto +1
	r0 = 0
	exit
