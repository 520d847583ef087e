# type: xdp
	call 7
	r6 = r0
	call 7
	r7 = r0
	r6 &= 2147483647
	r7 &= 15
	r6 += r7
	if r6 >= -2 goto +0
	w7 += 32767
	w6 &= -8
	if w6 > 2147483647 goto +0
	r0 = *(u64 *)(r6 + 0)
	exit
