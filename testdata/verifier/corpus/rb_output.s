# type: xdp
# map0: ringbuf:0:0:4096
	*(u64 *)(r10 - 8) = 0
	r1 = map0 ll
	r2 = r10
	r2 += -8
	r3 = 8
	r4 = 0
	call 130
	r0 = 0
	exit
