# type: xdp
	call 7
	r6 = r0
	call 7
	r7 = r0
	r6 &= 255
	r7 >>= 40
	w6 += 32
	w7 >>= 21
	r6 ^= 32767
	r6 ^= 63
	w6 <<= 10
	r7 >>= 40
	w7 &= w6
	r0 = *(u64 *)(r6 + 0)
	exit
