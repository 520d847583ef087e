# type: xdp
	r0 = 0x1234567890 ll
	r0 = 0
	exit
