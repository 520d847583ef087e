# type: xdp
	r0 = 1
	call f1
	exit
f1:
	r0 += 1
	exit
