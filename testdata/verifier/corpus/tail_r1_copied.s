# type: xdp
# map0: prog_array:4:4:4
	r6 = r1
	call 7
	r1 = r6
	r2 = map0 ll
	r3 = 0
	call 12
	r0 = 0
	exit
