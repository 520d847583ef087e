# type: xdp
	call 7
	r6 = r0
	call 7
	r7 = r0
	r6 &= 255
	r7 s>>= 60
	if r7 <= 65535 goto +0
	w7 += w6
	if r7 < -8 goto +0
	w7 |= -1
	w6 &= w7
	if w6 == 8 goto +0
	r6 *= r7
	if w6 < 3 goto +0
	r7 += 2147483647
	if w7 == 63 goto +0
	r7 += 32
	if r7 < 8 goto +0
	r0 = *(u64 *)(r6 + 0)
	exit
