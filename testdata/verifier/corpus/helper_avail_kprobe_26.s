# type: kprobe
	call 26
	r0 = 0
	exit
