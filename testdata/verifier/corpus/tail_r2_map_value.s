# type: xdp
# map0: prog_array:4:4:4
# map1: array:4:8:4
	r6 = r1
	*(u32 *)(r10 - 4) = 0
	r1 = map1 ll
	r2 = r10
	r2 += -4
	call 1
	if r0 == 0 goto +4
	r1 = r6
	r2 = r0
	r3 = 0
	call 12
	r0 = 0
	exit
