	# bpf_trace_printk("100%%", ...) returns the formatted length
	r1 = 159537705009 ll
	*(u64 *)(r10 - 8) = r1
	r1 = r10
	r1 += -8
	r2 = 6
	call 6
	exit
