# type: xdp
	r2 = *(u32 *)(r1 + 0)
	r3 = *(u32 *)(r1 + 4)
	r4 = r2
	r4 += 1
	if r4 > r3 goto +4
	r5 = *(u8 *)(r2 + 0)
	r5 &= 15
	r2 += r5
	r0 = *(u32 *)(r2 + 0)
	r0 = 0
	exit
