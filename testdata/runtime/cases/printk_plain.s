	# bpf_trace_printk("hello\n", ...) returns the formatted length
	r1 = 11473676690792 ll
	*(u64 *)(r10 - 8) = r1
	r1 = r10
	r1 += -8
	r2 = 7
	call 6
	exit
