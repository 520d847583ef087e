# type: xdp
# map0: hash:4:8:16
	r1 = map0 ll
	r2 = r10
	r2 += -4
	*(u32 *)(r10 - 4) = 0
	call 1
	if r0 == 0 goto +1
	r0 = *(u8 *)(r0 + 8)
	r0 = 0
	exit
