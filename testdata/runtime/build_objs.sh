#!/usr/bin/env bash
# Rebuilds testdata/runtime/obj/*.o from testdata/runtime/src/*.c with the flags of
# testdata/build.sh (clang 19, -O2 -g -target bpfel -mcpu=v3) and records their sha256 in
# obj/MANIFEST. Needs clang-19 and libbpf-dev's headers; the tests do not.
set -euo pipefail
cd "$(dirname "$0")"
CLANG=${CLANG:-clang-19}
CFLAGS="-O2 -g -Wall -Werror -target bpfel -mcpu=v3"
ARCH_INC=/usr/include/$(uname -m)-linux-gnu
"$CLANG" --version | head -1 | grep -q 'version 19\.' || { echo "need clang 19" >&2; exit 1; }
mkdir -p obj
for src in src/*.c; do
  name=$(basename "$src" .c)
  "$CLANG" $CFLAGS -I"$ARCH_INC" -fdebug-prefix-map="$PWD"=. -c "$src" -o "obj/$name.o"
done
{
  echo "# testdata/runtime/obj built by testdata/runtime/build_objs.sh"
  echo "compiler: $("$CLANG" --version | head -1)"
  echo "cflags: $CFLAGS"
  (cd obj && sha256sum *.o)
} > obj/MANIFEST
