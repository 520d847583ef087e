# type: xdp
# map0: hash:4:8:16
	r1 = map0 ll
	r2 = 0
	r3 = 0
	call 51
	exit
