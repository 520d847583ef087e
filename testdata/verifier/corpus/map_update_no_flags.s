# type: xdp
# map0: hash:4:8:16
	r1 = map0 ll
	r2 = r10
	r2 += -4
	r3 = r10
	r3 += -16
	call 2
	r0 = 0
	exit
