# type: sched_cls
	call 9
	r0 = 0
	exit
