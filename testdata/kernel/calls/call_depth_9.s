# main calls f, f calls itself r1 more times: r1 = 7 needs 9 frames (main + 8 of f).
	r1 = 7
	call f
	exit
f:
	if r1 == 0 goto out
	r1 += -1
	call f
	exit
out:
	r0 = 42
	exit
