# type: xdp
	call 7
	r6 = r0
	call 7
	r7 = r0
	r6 &= 60
	r6 &= 256
	r7 += 8
	r6 += -2
	if r6 s< -2 goto +0
	w7 -= w6
	if w7 == -1 goto +0
	r6 >>= 40
	r0 = *(u64 *)(r6 + 0)
	exit
