	# the clock is not 0 and moves forward
	call 5
	r6 = r0
	call 5
	r0 -= r6
	r0 >>= 63
	if r6 == 0 goto z
	r0 += 10
z:
	exit
