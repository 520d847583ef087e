# type: xdp
	r0 = 0
	if r0 == 0 goto +1
	r1 = 0x1234567890 ll
	r0 = 0
	exit
