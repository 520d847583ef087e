# type: xdp
	call f1
	exit
f1:
	r0 = 2
	exit
