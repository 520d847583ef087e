# type: xdp
	r1 = 3
	r2 = 4
	call f1
	exit
f1:
	r0 = r1
	r0 += r2
	exit
