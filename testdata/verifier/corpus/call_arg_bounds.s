# type: xdp
	r1 = 3
	call f1
	if r0 > 3 goto +1
	r0 = 1
	exit
f1:
	r0 = r1
	exit
