# type: xdp
	call 7
	r6 = r0
	call 7
	r7 = r0
	r6 &= 240
	r7 &= 255
	r6 *= r7
	w7 >>= 18
	r6 |= 65535
	r6 *= r7
	if r6 s> 32767 goto +0
	r0 = *(u64 *)(r6 + 0)
	exit
