# type: xdp
# map0: hash:4:8:16
	r2 = *(u32 *)(r1 + 0)
	r3 = *(u32 *)(r1 + 4)
	r4 = r2
	r4 += 4
	if r4 > r3 goto +3
	r1 = map0 ll
	call 1
	r0 = 0
	exit
