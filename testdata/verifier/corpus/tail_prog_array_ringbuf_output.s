# type: xdp
# map0: prog_array:4:4:4
	r1 = map0 ll
	r2 = r10
	r2 += -8
	*(u64 *)(r10 - 8) = 0
	r3 = 8
	r4 = 0
	call 130
	r0 = 0
	exit
