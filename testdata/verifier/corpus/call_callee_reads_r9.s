# type: xdp
	r9 = 1
	call f1
	exit
f1:
	r0 = r9
	exit
