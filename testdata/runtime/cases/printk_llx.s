	# bpf_trace_printk("%llx", ...) returns the formatted length
	r1 = 2020371493 ll
	*(u64 *)(r10 - 8) = r1
	r1 = r10
	r1 += -8
	r2 = 5
	r3 = 4886718345 ll
	call 6
	exit
