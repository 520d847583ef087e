# type: sched_cls
	call 23
	r0 = 0
	exit
