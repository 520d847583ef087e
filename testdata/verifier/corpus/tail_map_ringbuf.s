# type: xdp
# map0: ringbuf:0:0:4096
	r2 = map0 ll
	r3 = 0
	call 12
	r0 = 0
	exit
