# type: xdp
	r8 = 1
	call f1
	r0 = r8
	exit
f1:
	r0 = 0
	exit
