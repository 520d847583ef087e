# type: kprobe
	r1 = r10
	r1 += -16
	r2 = r10
	r3 = 0
	call 113
	r0 = 0
	exit
