# type: xdp
	call 7
	r6 = r0
	call 7
	r7 = r0
	r6 &= 255
	r7 &= 15
	r7 >>= 14
	r7 -= 8
	r6 += 3
	r7 *= r6
	if r7 s> 63 goto +0
	w7 &= w6
	r0 = *(u64 *)(r6 + 0)
	exit
