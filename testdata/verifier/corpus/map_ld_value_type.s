# type: xdp
# map0: hash:4:8:16
	r1 = map0 ll
	r0 = *(u32 *)(r1 + 0)
	r0 = 0
	exit
