# type: xdp
	call 7
	r6 = r0
	call 7
	r7 = r0
	r6 &= 60
	r7 &= 15
	r6 ^= r7
	r6 += r7
	if r6 < 32 goto +0
	w7 |= w6
	r7 ^= 2
	r7 += 3
	w7 -= 32767
	if w7 >= 2147483647 goto +0
	w7 -= 1
	r0 = *(u64 *)(r6 + 0)
	exit
