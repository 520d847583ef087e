# type: xdp
# map0: ringbuf:0:0:4096
	r1 = map0 ll
	r2 = 8
	r3 = 0
	call 131
	r1 = r0
	r2 = 0
	call 132
	r0 = 0
	exit
