# type: xdp
	r0 = 0
	r1 = 0
loop:
	r1 += 1
	if r1 < 100 goto loop
	exit
