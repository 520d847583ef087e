# type: xdp
	call 7
	r6 = r0
	call 7
	r7 = r0
	r6 &= 65535
	r7 &= 15
	r6 &= 8
	if r6 s> 256 goto +0
	r7 *= -256
	w7 += 32
	r6 *= 255
	r0 = *(u64 *)(r6 + 0)
	exit
