# type: xdp
	r4 = 1
	call f1
	r0 = r4
	exit
f1:
	r0 = 0
	exit
