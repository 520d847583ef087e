# type: xdp
# map0: hash:4:8:16
	r1 = map0 ll
	r2 = r10
	r2 += -2
	call 1
	r0 = 0
	exit
