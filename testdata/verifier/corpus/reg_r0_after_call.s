# type: xdp
	call 7
	exit
