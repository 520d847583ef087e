# type: kprobe
	r2 = 8
	r3 = 0
	call 113
	r0 = 0
	exit
