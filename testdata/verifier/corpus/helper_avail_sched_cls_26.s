# type: sched_cls
	call 26
	r0 = 0
	exit
