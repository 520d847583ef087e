# type: xdp
	call 7
	r6 = r0
	call 7
	r7 = r0
	r6 &= -1
	r6 s>>= 33
	if w6 == 2 goto +0
	r6 |= 255
	if w6 s> 16 goto +0
	w7 &= -2
	if r7 != 2 goto +0
	r0 = *(u64 *)(r6 + 0)
	exit
