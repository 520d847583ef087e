# type: xdp
	r5 = 1
	call f1
	r0 = r5
	exit
f1:
	r0 = 0
	exit
