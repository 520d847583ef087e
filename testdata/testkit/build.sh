#!/usr/bin/env bash
# Builds the testkit's own objects (testdata/testkit/obj/*.o) with the flags of
# testdata/build.sh, and records the kernel's verdict on each next to it. They
# live apart from testdata/obj because some are meant to be rejected.
set -euo pipefail
cd "$(dirname "$0")"
CLANG=${CLANG:-clang-19}
CFLAGS="-O2 -g -Wall -Werror -target bpfel -mcpu=v3"
ARCH_INC=/usr/include/$(uname -m)-linux-gnu
ORACLE=${KERNEL_ORACLE:-kernel-oracle}
mkdir -p obj
for src in src/*.c; do
  name=$(basename "$src" .c)
  "$CLANG" $CFLAGS -I"$ARCH_INC" -fdebug-prefix-map="$PWD"=. -c "$src" -o "obj/$name.o"
  (cd obj && { echo "# \$ $ORACLE elf $name.o"; "$ORACLE" elf "$name.o" 2>&1 || echo "# exit status $?"; } > "$name.kernel.txt")
done
(cd obj && sha256sum *.o) > MANIFEST
