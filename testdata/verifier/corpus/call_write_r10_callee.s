# type: xdp
	call f1
	exit
f1:
	r10 = 0
	r0 = 0
	exit
