# type: xdp
# map0: hash:4:8:16
	r1 = map0 ll
	r2 = 8
	r3 = 0
	call 131
	r0 = 0
	exit
