# type: xdp
# map0: hash:4:8:16
	r2 = map0 ll
	r3 = 0
	call 12
	r0 = 0
	exit
