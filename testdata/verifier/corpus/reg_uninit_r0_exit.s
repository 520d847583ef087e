# type: xdp
	exit
