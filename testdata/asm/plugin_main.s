# plugin_main.s: an ELF object laid out like the bpf_conformance runner's --elf objects (program in
# .text, global function symbol `main`), for the conformance-plugin --elf test. Returns r1 + r2.
# Built with: llvm-mc-19 -triple bpfel -filetype=obj testdata/asm/plugin_main.s -o testdata/asm/plugin_main.o
	.text
	.globl	main
	.type	main,@function
main:
	r0 = r2
	r0 += 40
	exit
	.size	main, .-main
