# type: xdp
	r2 = 1
	call f1
	r0 = r2
	exit
f1:
	r0 = 0
	exit
