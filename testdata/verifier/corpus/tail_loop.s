# type: xdp
# map0: prog_array:4:4:4
	r6 = r1
	r7 = 0
loop:
	r1 = r6
	r2 = map0 ll
	r3 = r7
	call 12
	r7 += 1
	if r7 < 4 goto loop
	r0 = 0
	exit
