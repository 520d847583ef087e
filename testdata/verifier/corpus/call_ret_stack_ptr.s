# type: xdp
	call f1
	r0 = 0
	exit
f1:
	r0 = r10
	exit
