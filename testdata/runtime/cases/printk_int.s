	# bpf_trace_printk("x=%d\n", ...) returns the formatted length
	r1 = 44629835128 ll
	*(u64 *)(r10 - 8) = r1
	r1 = r10
	r1 += -8
	r2 = 6
	r3 = -5 ll
	call 6
	exit
