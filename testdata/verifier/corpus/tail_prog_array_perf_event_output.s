# type: xdp
# map0: prog_array:4:4:4
	r6 = r1
	r1 = r6
	r2 = map0 ll
	r3 = 0
	r4 = r10
	r4 += -8
	*(u64 *)(r10 - 8) = 0
	r5 = 8
	call 25
	r0 = 0
	exit
