# type: sched_cls
	call 189
	r0 = 0
	exit
