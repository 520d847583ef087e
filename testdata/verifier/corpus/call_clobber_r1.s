# type: xdp
	r1 = 1
	call f1
	r0 = r1
	exit
f1:
	r0 = 0
	exit
