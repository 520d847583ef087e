	# bpf_trace_printk("ab", ...) returns the formatted length
	r1 = 6422881 ll
	*(u64 *)(r10 - 8) = r1
	r1 = r10
	r1 += -8
	r2 = 4
	call 6
	exit
