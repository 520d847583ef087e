# type: xdp
# map0: prog_array:4:4:4
	r1 = map0 ll
	r2 = 0
	r3 = 0
	call 51
	r0 = 0
	exit
