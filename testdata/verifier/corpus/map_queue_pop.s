# type: xdp
# map0: queue:0:8:16
	r1 = map0 ll
	r2 = r10
	r2 += -8
	call 88
	r0 = *(u64 *)(r10 - 8)
	r0 = 0
	exit
