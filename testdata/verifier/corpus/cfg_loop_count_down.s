# type: xdp
	r1 = 20
loop:
	r1 += -1
	if r1 != 0 goto loop
	r0 = 0
	exit
