	# bpf_trace_printk("%d %d %d %d", ...) returns the formatted length
	r1 = 7216209592422786085 ll
	*(u64 *)(r10 - 16) = r1
	r1 = 6563104 ll
	*(u64 *)(r10 - 8) = r1
	r1 = r10
	r1 += -16
	r2 = 12
	r3 = 1 ll
	r4 = 2 ll
	r5 = 3 ll
	call 6
	exit
