# type: xdp
# map0: hash:4:8:16
	r1 = map0 ll
	r2 = r10
	r2 += -4
	call 3
	r0 = 0
	exit
