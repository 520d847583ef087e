# type: xdp
	call 7
	r6 = r0
	call 7
	r7 = r0
	r6 &= 60
	r7 &= 31
	r7 -= 3
	r7 >>= 57
	if r7 < 15 goto +0
	w6 |= 0
	r6 += r7
	w7 *= -256
	r7 |= 2
	if r7 < 32767 goto +0
	r7 *= 65535
	r6 >>= 14
	r0 = *(u64 *)(r6 + 0)
	exit
