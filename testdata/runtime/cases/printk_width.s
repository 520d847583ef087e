	# bpf_trace_printk("[%5d][%-5d][%05d]", ...) returns the formatted length
	r1 = 3253106762516342107 ll
	*(u64 *)(r10 - 24) = r1
	r1 = 7220730514563228725 ll
	*(u64 *)(r10 - 16) = r1
	r1 = 93 ll
	*(u64 *)(r10 - 8) = r1
	r1 = r10
	r1 += -24
	r2 = 18
	r3 = 42 ll
	r4 = 42 ll
	r5 = 42 ll
	call 6
	exit
