	# bpf_trace_printk("%c", ...) returns the formatted length
	r1 = 25381 ll
	*(u64 *)(r10 - 8) = r1
	r1 = r10
	r1 += -8
	r2 = 3
	r3 = 65 ll
	call 6
	exit
