# type: kprobe
	call 44
	r0 = 0
	exit
