# type: xdp
	r0 = 0
	r1 = 0
loop:
	if r1 == 0 goto loop
	exit
