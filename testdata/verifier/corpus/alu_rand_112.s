# type: xdp
	call 7
	r6 = r0
	call 7
	r7 = r0
	r6 &= 65535
	r7 &= 255
	r7 |= -1
	w6 ^= 16
	w6 s>>= 8
	r7 += 32767
	w6 |= 15
	r7 |= 3
	r7 += 3
	r0 = *(u64 *)(r6 + 0)
	exit
