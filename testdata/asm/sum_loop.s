# sum_loop.s: adds the numbers 1 to 10 in a loop and returns the sum (55) in r0.
# LLVM BPF syntax, as `llvm-mc-19 -triple bpf` accepts it and `ebpf4j disasm` prints it.
# Check with: llvm-mc-19 -triple bpfel -filetype=obj testdata/asm/sum_loop.s -o /tmp/sum_loop.o
#             llvm-objdump-19 -d --no-show-raw-insn /tmp/sum_loop.o
	r0 = 0
	r1 = 1
loop:
	r0 += r1
	r1 += 1
	if r1 <= 10 goto loop
	exit
