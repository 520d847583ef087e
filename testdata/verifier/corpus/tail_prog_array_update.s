# type: xdp
# map0: prog_array:4:4:4
	r1 = map0 ll
	*(u32 *)(r10 - 4) = 0
	r2 = r10
	r2 += -4
	r3 = r10
	r3 += -4
	r4 = 0
	call 2
	r0 = 0
	exit
