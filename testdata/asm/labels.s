# Labels, jumps to labels, a bpf-to-bpf call by label, comments and statement separators as
# llvm-mc accepts them. Assembled by regen.sh with llvm-mc-19 -triple bpfel -mcpu=v4; see README.md.
	.text
	.globl	prog                            # -- Begin function prog
prog:
	r6 = r1
	r0 = 0                                  // a C++-style comment
	if r6 == 0 goto LBB0_2
	call sub ; r0 += 1
LBB0_1:                                         # loop
	/* a block comment */ r0 += 1
	if w0 s< 10 goto LBB0_1
	r1 = 0x100000000 ll
	gotol LBB0_2
	goto LBB0_1
LBB0_2:
	exit
sub:
	r0 = 42
	exit
