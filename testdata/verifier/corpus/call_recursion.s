# type: xdp
	call f1
	exit
f1:
	call f1
	exit
