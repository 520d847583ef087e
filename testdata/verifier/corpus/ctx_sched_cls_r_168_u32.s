# type: sched_cls
	r0 = *(u32 *)(r1 + 168)
	r0 = 0
	exit
