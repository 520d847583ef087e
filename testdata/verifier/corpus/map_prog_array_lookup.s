# type: xdp
# map0: prog_array:4:4:4
	r1 = map0 ll
	r2 = r10
	r2 += -4
	call 1
	r0 = 0
	exit
