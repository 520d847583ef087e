# type: xdp
	call 7
	r6 = r0
	call 7
	r7 = r0
	r6 &= 65535
	w6 >>= 3
	if w6 s> -2147483648 goto +0
	r6 += -1
	r6 += 31
	w7 *= 32767
	r6 s>>= 62
	w7 &= 2
	r6 |= 65535
	if r6 != 3 goto +0
	r6 &= r7
	if r6 == 15 goto +0
	r0 = *(u64 *)(r6 + 0)
	exit
