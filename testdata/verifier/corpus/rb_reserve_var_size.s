# type: xdp
# map0: ringbuf:0:0:4096
	call 7
	r2 = r0
	r1 = map0 ll
	r3 = 0
	call 131
	r0 = 0
	exit
