# type: xdp
	r6 = 1
	call f1
	r0 = r6
	exit
f1:
	r0 = 0
	exit
