	# bpf_trace_printk("%lu", ...) returns the formatted length
	r1 = 7695397 ll
	*(u64 *)(r10 - 8) = r1
	r1 = r10
	r1 += -8
	r2 = 4
	r3 = -1 ll
	call 6
	exit
