#!/usr/bin/env bash
# Rebuilds testdata/obj/*.o from every testdata/src/*.c (scale_*.c included) and writes testdata/MANIFEST.
# Needs clang-19 and libbpf-dev's headers (/usr/include/bpf); tests do not: the
# objects are committed. Then records the reference facts (see facts.sh).
set -euo pipefail
cd "$(dirname "$0")"
CLANG=${CLANG:-clang-19}
CFLAGS="-O2 -g -Wall -Werror -target bpfel -mcpu=v3"
ARCH_INC=/usr/include/$(uname -m)-linux-gnu
"$CLANG" --version | head -1 | grep -q 'version 19\.' || { echo "need clang 19" >&2; exit 1; }
mkdir -p obj
for src in src/*.c; do
  name=$(basename "$src" .c)
  # -fdebug-prefix-map keeps this machine's paths out of the committed DWARF/BTF
  "$CLANG" $CFLAGS -I"$ARCH_INC" -fdebug-prefix-map="$PWD"=. -c "$src" -o "obj/$name.o"
done
# the same firewall for big-endian BPF: the reader must give identical programs
"$CLANG" ${CFLAGS/bpfel/bpfeb} -I"$ARCH_INC" -fdebug-prefix-map="$PWD"=. -c src/xdp_firewall.c -o obj/xdp_firewall.bpfeb.o
# a large generated object for load-time benchmarks (not part of the facts in obj/)
python3 gen_many_programs.py 1200
"$CLANG" $CFLAGS -I"$ARCH_INC" -fdebug-prefix-map="$PWD"=. -c bench/many_programs.c -o bench/many_programs.o
{
  echo "# testdata/obj built by testdata/build.sh"
  echo "compiler: $("$CLANG" --version | head -1)"
  echo "cflags: $CFLAGS"
  (cd obj && sha256sum *.o)
  sha256sum bench/many_programs.o
} > MANIFEST
