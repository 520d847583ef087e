# type: sched_cls
	r0 = *(u32 *)(r1 + 32)
	r0 = 0
	exit
