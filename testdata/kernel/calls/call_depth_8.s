# main calls f, f calls itself r1 more times: r1 = 6 needs 8 frames (main + 7 of f).
	r1 = 6
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
