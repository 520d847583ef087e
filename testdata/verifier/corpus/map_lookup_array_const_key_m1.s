# type: xdp
# map0: array:4:8:4
	r1 = map0 ll
	r2 = r10
	r2 += -4
	*(u32 *)(r10 - 4) = -1
	call 1
	r0 = *(u64 *)(r0 + 0)
	r0 = 0
	exit
