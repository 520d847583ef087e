# type: xdp
# map0: hash:4:8:16
	*(u32 *)(r10 - 4) = 0
	r1 = map0 ll
	r2 = r10
	r2 += -4
	r3 = r10
	r3 += -4
	r4 = 0
	call 2
	r0 = 0
	exit
