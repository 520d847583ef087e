# type: xdp
	call 7
	r6 = r0
	call 7
	r7 = r0
	r6 &= 2147483647
	r7 &= 7
	w7 >>= 4
	r6 &= r7
	r7 >>= 44
	r0 = *(u64 *)(r6 + 0)
	exit
