# type: xdp
# map0: prog_array:4:4:4
	r6 = r1
	r2 = *(u32 *)(r1 + 0)
	r3 = *(u32 *)(r1 + 4)
	r4 = r2
	r4 += 14
	if r4 > r3 goto out
	r3 = *(u8 *)(r2 + 12)
	r1 = r6
	r2 = map0 ll
	call 12
	r0 = 1
	exit
out:
	r0 = 0
	exit
