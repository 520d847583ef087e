# alu_loop.s: interpreter benchmark (a), a tight ALU loop: 1,000,000 iterations of ten ALU
# instructions (64- and 32-bit) and one conditional back jump; 11,000,004 instructions per run.
# r0 is a hash of the loop counter; the benchmark checks it against the same arithmetic in Java.
# LLVM BPF syntax: llvm-mc-19 -triple bpfel -filetype=obj alu_loop.s -o /tmp/alu_loop.o
	r0 = 0
	r1 = 1000000
	r2 = 0
loop:
	r0 += r1
	r2 = r0
	r2 ^= r1
	r2 <<= 3
	w3 = w2
	w3 >>= 7
	r0 -= r2
	r0 += r3
	r0 *= 7
	r1 += -1
	if r1 != 0 goto loop
	exit
