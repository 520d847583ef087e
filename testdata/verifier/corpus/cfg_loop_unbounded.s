# type: xdp
	call 7
	r1 = r0
	r0 = 0
loop:
	r1 += -1
	if r1 != 0 goto loop
	exit
