# type: xdp
	call f1
	r6 = r0
	call f2
	r0 += r6
	exit
f1:
	r0 = 1
	exit
f2:
	r0 = 2
	exit
