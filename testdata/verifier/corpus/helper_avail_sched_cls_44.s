# type: sched_cls
	call 44
	r0 = 0
	exit
