# type: xdp
# map0: queue:0:8:16
	r1 = map0 ll
	r2 = r10
	r2 += -8
	r3 = 0
	call 87
	r0 = 0
	exit
