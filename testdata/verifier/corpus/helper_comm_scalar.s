# type: kprobe
	r1 = 0
	r2 = 16
	call 16
	r0 = 0
	exit
