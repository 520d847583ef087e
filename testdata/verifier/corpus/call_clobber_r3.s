# type: xdp
	r3 = 1
	call f1
	r0 = r3
	exit
f1:
	r0 = 0
	exit
