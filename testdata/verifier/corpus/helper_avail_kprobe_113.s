# type: kprobe
	call 113
	r0 = 0
	exit
