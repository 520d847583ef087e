# type: xdp
# map0: ringbuf:0:0:4096
	r1 = map0 ll
	r2 = 8
	r3 = 0
	call 131
	*(u64 *)(r0 + 0) = 1
	r0 = 0
	exit
