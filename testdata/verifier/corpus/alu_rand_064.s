# type: xdp
	call 7
	r6 = r0
	call 7
	r7 = r0
	r6 &= 65535
	r7 &= 255
	w6 >>= 27
	w7 &= 65535
	r6 ^= r7
	r6 -= 32767
	r6 >>= 7
	w7 s>>= 22
	r0 = *(u64 *)(r6 + 0)
	exit
