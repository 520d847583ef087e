# type: xdp
	r2 = *(u32 *)(r1 + 0)
	r3 = *(u32 *)(r1 + 4)
	r4 = r2
	r4 += 8
	if r4 > r3 goto +4
	r6 = r2
	r2 = 0
	call 44
	r0 = *(u8 *)(r6 + 0)
	r0 = 0
	exit
