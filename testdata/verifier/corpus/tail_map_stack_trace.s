# type: xdp
# map0: stack_trace:4:8:4
	r2 = map0 ll
	r3 = 0
	call 12
	r0 = 0
	exit
