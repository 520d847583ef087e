	# bpf_trace_printk("%ld %lld", ...) returns the formatted length
	r1 = 7236277607990586405 ll
	*(u64 *)(r10 - 16) = r1
	r1 = 0 ll
	*(u64 *)(r10 - 8) = r1
	r1 = r10
	r1 += -16
	r2 = 9
	r3 = -1 ll
	r4 = 1099511627776 ll
	call 6
	exit
