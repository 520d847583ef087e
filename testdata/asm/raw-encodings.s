# Encodings that LLVM's assembler syntax cannot write, given as raw 64-bit slots (.quad, the
# value a little-endian load of the 8 bytes gives: opcode in the low byte, then dst/src, off, imm).
# Assembled by regen.sh with llvm-mc-19 -triple bpfel -mcpu=v4; see README.md.
# lddw with each pseudo source 1..6 (BPF_PSEUDO_MAP_FD .. BPF_PSEUDO_MAP_IDX_VALUE); second slot imm 0
.quad 0x0000000500001218
.quad 0x0000000000000000
.quad 0x0000000500002218
.quad 0x0000000000000000
.quad 0x0000000500003218
.quad 0x0000000000000000
.quad 0x0000000500004218
.quad 0x0000000000000000
.quad 0xfffffffb00005218
.quad 0x0000000000000000
.quad 0x0000000500006218
.quad 0x0000000000000000
# lddw map value with an offset in the second slot (LLVM prints no trace of it)
.quad 0x0000000700002318
.quad 0x0000001000000000
# bpf-to-bpf call (src 1), backwards and forwards
.quad 0xffffffff00001085
.quad 0x0000000200001085
# kfunc call (src 2), without and with a BTF fd index in off
.quad 0x0000007b00002085
.quad 0x0000007b00012085
# gotol with an offset beyond 16 bits
.quad 0x0001000000000006
.quad 0xfffe000000000006
# indirect packet load with a non-zero immediate (LLVM prints no trace of it)
.quad 0x0000000300003040
# invalid encodings: llvm-objdump and the strict decoder both say <unknown>
.quad 0x00000000000000ff
.quad 0x0000000000010007
.quad 0x00000000000300bf
.quad 0x0000000100000095
exit
