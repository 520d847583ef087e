	# bpf_trace_printk("%x %X", ...) returns the formatted length
	r1 = 378580006949 ll
	*(u64 *)(r10 - 8) = r1
	r1 = r10
	r1 += -8
	r2 = 6
	r3 = 255 ll
	r4 = 255 ll
	call 6
	exit
