# type: xdp
	call 7
	r6 = r0
	call 7
	r7 = r0
	r6 &= 2147483647
	r7 &= 31
	w6 *= 32767
	w6 += 256
	r6 <<= 47
	if w6 != 31 goto +0
	r0 = *(u64 *)(r6 + 0)
	exit
