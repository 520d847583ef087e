# type: kprobe
	call 7
	r2 = r0
	r2 &= 15
	r2 += 1
	r1 = r10
	r1 += -16
	r3 = 0
	call 113
	r0 = 0
	exit
