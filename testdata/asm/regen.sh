#!/bin/sh
# Regenerates the llvm goldens next to each .s file of this folder. Needs llvm 19 (Debian/Ubuntu
# package llvm-19); the tests only read the committed outputs and never need llvm.
#   NAME.bin             the .text bytes:  llvm-mc-19 -triple bpfel -mcpu=v4 -filetype=obj NAME.s
#                                          llvm-objcopy-19 -O binary --only-section=.text NAME.o
#   NAME.objdump.txt     llvm-objdump-19 -d --no-show-raw-insn NAME.o
#   NAME.objdump-v4.txt  llvm-objdump-19 -d --no-show-raw-insn --mcpu=v4 NAME.o
# A NAME.c first becomes NAME.s:      clang-19 -O2 -Wall -target bpfel -mcpu=v4 -S NAME.c
set -eu
cd "$(dirname "$0")"
for c in *.c; do
    clang-19 -O2 -Wall -target bpfel -mcpu=v4 -S -o "${c%.c}.s" "$c"
done
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for s in *.s; do
    n=${s%.s}
    cp "$s" "$tmp/$s"
    (cd "$tmp" && llvm-mc-19 -triple bpfel -mcpu=v4 -filetype=obj -o "$n.o" "$s")
    llvm-objcopy-19 -O binary --only-section=.text "$tmp/$n.o" "$n.bin"
    (cd "$tmp" && llvm-objdump-19 -d --no-show-raw-insn "$n.o") > "$n.objdump.txt"
    (cd "$tmp" && llvm-objdump-19 -d --no-show-raw-insn --mcpu=v4 "$n.o") > "$n.objdump-v4.txt"
done
{ llvm-mc-19 --version | sed -n 's/^ *\(.*LLVM version.*\)/\1/p'; clang-19 --version | head -1; } > llvm-version.txt
