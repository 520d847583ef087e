# type: xdp
	r7 = 1
	call f1
	exit
f1:
	r0 = r7
	exit
